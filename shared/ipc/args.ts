/** zod schemas for every IPC argument, checked in main (after the sender) before a handler runs. */
import { z } from 'zod';
import { ORIENTATIONS, PAGE_SIZE_IDS } from '../export/pageSizes';
import { DRAFT_ID_PATTERN, IPC } from './channels';
import { settingsPatchSchema } from './settings';

/** Text of a journey document sent for saving; the cap matches the load cap (50 MB). */
const journeyText = z.string().max(50 * 1024 * 1024);
/** An opaque id main handed out (file refs, recent-file ids). */
const opaqueId = z.string().regex(/^[\w-]{1,100}$/);
const draftId = z.string().regex(DRAFT_ID_PATTERN);
const shortText = z.string().max(1000);
/** The page's number for a tunnelled workshop socket. */
const socketId = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);
const fileRef = z.strictObject({ ref: opaqueId.nullable(), name: z.string().max(255) });

export const draftInputSchema = z.strictObject({
  id: draftId,
  text: journeyText,
  title: shortText,
  file: fileRef.nullable(),
});

export const ipcArgs = {
  [IPC.openFile]: z.tuple([]),
  [IPC.openFileRef]: z.tuple([opaqueId]),
  /** Set by the preload from `webUtils.getPathForFile`, never typed by the page. */
  [IPC.openDroppedPath]: z.tuple([z.string().min(1).max(4096)]),
  [IPC.readFileToCompare]: z.tuple([]),
  [IPC.readFileVersion]: z.tuple([opaqueId, z.enum(['disk', 'backup'])]),
  [IPC.saveFile]: z.tuple([opaqueId, journeyText, z.strictObject({ overwrite: z.boolean().optional() }).optional()]),
  [IPC.saveFileAs]: z.tuple([journeyText, z.string().max(255)]),
  [IPC.listRecentFiles]: z.tuple([]),
  [IPC.openRecentFile]: z.tuple([opaqueId]),
  [IPC.removeRecentFile]: z.tuple([opaqueId]),
  [IPC.listDrafts]: z.tuple([]),
  [IPC.saveDraft]: z.tuple([draftInputSchema]),
  [IPC.deleteDraft]: z.tuple([draftId]),
  [IPC.restoreDraft]: z.tuple([draftId]),
  [IPC.getSettings]: z.tuple([]),
  [IPC.printToPdf]: z.tuple([
    z.strictObject({
      page: z.enum(PAGE_SIZE_IDS),
      orientation: z.enum(ORIENTATIONS),
      suggestedName: z.string().min(1).max(255),
    }),
  ]),
  [IPC.setSettings]: z.tuple([settingsPatchSchema]),
  [IPC.rendererReady]: z.tuple([]),
  [IPC.setDocumentState]: z.tuple([z.strictObject({ dirty: z.boolean() })]),
  [IPC.askSaveChanges]: z.tuple([
    z.strictObject({ message: shortText, detail: shortText, save: shortText, dontSave: shortText, cancel: shortText }),
  ]),
  [IPC.closeAnswer]: z.tuple([z.boolean()]),
  [IPC.hostWorkshop]: z.tuple([
    opaqueId.nullable(),
    z.strictObject({ onNetwork: z.boolean(), name: z.string().max(100).optional() }),
  ]),
  [IPC.stopWorkshop]: z.tuple([]),
  [IPC.workshopStatus]: z.tuple([]),
  // The tunnelled workshop socket: main checks the address and the frame size itself (socketTunnel).
  [IPC.workshopSocketOpen]: z.tuple([socketId, z.string().max(2048)]),
  [IPC.workshopSocketSend]: z.tuple([socketId, z.union([z.string(), z.instanceof(Uint8Array)])]),
  [IPC.workshopSocketClose]: z.tuple([socketId, z.number().int().optional(), z.string().max(123).optional()]),
} as const;

export type InvokeChannel = keyof typeof ipcArgs;
