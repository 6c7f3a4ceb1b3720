/** zod schemas for every IPC argument, checked in main before a handler runs. */
import { z } from 'zod';
import { IPC } from './channels';

/** Text of a journey document sent for saving; the cap matches the load cap (50 MB). */
const journeyText = z.string().max(50 * 1024 * 1024);

export const ipcArgs = {
  [IPC.openFile]: z.tuple([]),
  [IPC.saveFile]: z.tuple([z.string().min(1).max(100), journeyText]),
  [IPC.saveFileAs]: z.tuple([journeyText, z.string().max(255)]),
  [IPC.getSettings]: z.tuple([]),
  [IPC.setSettings]: z.tuple([
    z.strictObject({
      language: z.enum(['en', 'zh-CN', 'zh-TW', 'system']).optional(),
      theme: z.enum(['light', 'dark', 'system']).optional(),
    }),
  ]),
} as const;

export type InvokeChannel = keyof typeof ipcArgs;
