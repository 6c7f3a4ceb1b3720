/**
 * The IPC contract between preload and main: channel names (one prefix) and zod schemas
 * for every argument, checked in main before anything runs.
 */
import { z } from 'zod';

export const IPC = {
  openFile: 'journey:open-file',
  saveFile: 'journey:save-file',
  saveFileAs: 'journey:save-file-as',
  getSettings: 'journey:get-settings',
  setSettings: 'journey:set-settings',
  menuCommand: 'journey:menu-command',
} as const;

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

/** Command ids the native menu sends; the renderer's dispatcher runs them. */
export const MENU_COMMANDS = [
  'new-document',
  'open-document',
  'save-document',
  'save-document-as',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'delete-selection',
  'select-all',
  'zoom-in',
  'zoom-out',
  'fit-view',
  'about',
] as const;
export type MenuCommandId = (typeof MENU_COMMANDS)[number];
