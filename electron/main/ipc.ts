/** IPC handlers: the sender is checked first, then every argument against its zod schema. */
import { isAbsolute } from 'node:path';
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type {
  DraftInput,
  FileVersion,
  HostNotice,
  HostWorkshopRequest,
  OpenResult,
  PrintToPdfOptions,
  SaveChangesAnswer,
  SaveChangesPrompt,
  SaveResult,
  WorkshopSocketData,
} from '../../shared/host';
import { PAGE_SIZES } from '../../shared/export/pageSizes';
import { ipcArgs, type InvokeChannel } from '../../shared/ipc/args';
import { IPC } from '../../shared/ipc/channels';
import type { Translate } from '../../shared/i18n/translate';
import { journeyFileFilters } from '../node/fileDialogFilters';
import type { SettingsPatch } from '../../shared/ipc/settings';
import type { FileService } from '../node/fileService';
import type { DesktopWorkshop } from '../node/workshop/desktopWorkshop';
import { SocketTunnel } from '../node/workshop/socketTunnel';
import { isTrustedSender, type RendererLocation } from '../node/senderPolicy';
import type { SettingsService } from '../node/settingsStore';
import type { WindowSession } from './windowSession';

const SAVE_CHANGES_ANSWERS: SaveChangesAnswer[] = ['save', 'discard', 'cancel'];

export interface IpcDeps {
  files: FileService;
  settings: SettingsService;
  renderer: RendererLocation;
  sessionOf(win: BrowserWindow | undefined): WindowSession | undefined;
  /** Notices for the first page that says it is ready; emptied once given. */
  takeStartupNotices(): HostNotice[];
  /** Words for native dialogs in the UI language. */
  translate(): Translate;
  /** Called after the renderer changed settings (the menu follows the language). */
  onSettingsChanged(patch: SettingsPatch): void;
  /** File > Host workshop's host, one for the app. */
  workshop: DesktopWorkshop;
  /** File > Join workshop's sockets, opened for the windows (default: one with the standard limits). */
  tunnel?: SocketTunnel;
}

export function registerIpcHandlers(deps: IpcDeps): void {
  const { files, settings, renderer } = deps;

  function handle<C extends InvokeChannel>(
    channel: C,
    handler: (event: IpcMainInvokeEvent, ...args: never[]) => unknown,
  ) {
    ipcMain.handle(channel, (event, ...raw: unknown[]) => {
      if (!isTrustedSender(event.senderFrame?.url, renderer))
        throw new Error(`Refused ${channel} from an untrusted page`);
      const parsed = ipcArgs[channel].safeParse(raw);
      if (!parsed.success) throw new Error(`Refused ${channel}: bad arguments`);
      return (handler as (e: IpcMainInvokeEvent, ...a: unknown[]) => unknown)(event, ...(parsed.data as unknown[]));
    });
  }

  const windowOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender) ?? undefined;
  const sessionOf = (event: IpcMainInvokeEvent) => deps.sessionOf(windowOf(event));

  handle(IPC.openFile, async (event) => {
    const win = windowOf(event);
    const options = { properties: ['openFile' as const], filters: journeyFileFilters(deps.translate()) };
    const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const path = picked.filePaths[0];
    if (picked.canceled || !path) return { status: 'cancelled' };
    return files.openPath(path);
  });
  handle(IPC.openFileRef, (_event, ref: string) => files.openRef(ref));
  handle(IPC.readFileToCompare, async (event) => {
    const win = windowOf(event);
    const options = { properties: ['openFile' as const], filters: journeyFileFilters(deps.translate()) };
    const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const path = picked.filePaths[0];
    if (picked.canceled || !path) return { status: 'cancelled' };
    return files.readPath(path);
  });
  handle(IPC.readFileVersion, (_event, ref: string, version: FileVersion) => files.readVersion(ref, version));
  handle(IPC.openDroppedPath, (_event, path: string): Promise<OpenResult> | OpenResult => {
    if (!isAbsolute(path))
      return { status: 'failed', fileName: path, problems: [{ path: '', message: 'not a file on this computer' }] };
    return files.openPath(path);
  });

  handle(IPC.saveFile, (_event, ref: string, text: string, options?: { overwrite?: boolean }) =>
    files.save(ref, text, options),
  );
  handle(IPC.saveFileAs, async (event, text: string, suggestedName: string) => {
    const win = windowOf(event);
    const options = { defaultPath: suggestedName, filters: journeyFileFilters(deps.translate()) };
    const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (picked.canceled || !picked.filePath) return { status: 'cancelled' };
    const path = picked.filePath.endsWith('.journey') ? picked.filePath : `${picked.filePath}.journey`;
    return files.saveTo(path, text);
  });

  handle(IPC.printToPdf, async (event, options: PrintToPdfOptions): Promise<SaveResult> => {
    const win = windowOf(event);
    const dialogOptions = { defaultPath: options.suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const picked = win ? await dialog.showSaveDialog(win, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (picked.canceled || !picked.filePath) return { status: 'cancelled' };
    const pdf = await event.sender.printToPDF({
      pageSize: PAGE_SIZES[options.page].name, // Electron's names for the sizes
      landscape: options.orientation === 'landscape',
      printBackground: true,
    });
    return files.writeExport(picked.filePath, pdf);
  });

  handle(IPC.listRecentFiles, () => files.listRecent());
  handle(IPC.openRecentFile, (_event, id: string) => files.openRecent(id));
  handle(IPC.removeRecentFile, (_event, id: string) => files.removeRecent(id));

  handle(IPC.listDrafts, () => files.listDrafts());
  handle(IPC.saveDraft, (_event, draft: DraftInput) => files.saveDraft(draft));
  handle(IPC.deleteDraft, (_event, id: string) => files.deleteDraft(id));
  handle(IPC.restoreDraft, (_event, id: string) => files.restoreDraft(id));

  handle(IPC.getSettings, () => settings.get());
  handle(IPC.setSettings, (_event, patch: SettingsPatch) => {
    const next = settings.update(patch);
    deps.onSettingsChanged(patch);
    return next;
  });

  handle(IPC.rendererReady, (event) => {
    sessionOf(event)?.opens.rendererReady();
    return deps.takeStartupNotices();
  });
  handle(IPC.setDocumentState, (event, state: { dirty: boolean }) => sessionOf(event)?.setDirty(state.dirty));
  handle(IPC.askSaveChanges, async (event, prompt: SaveChangesPrompt): Promise<SaveChangesAnswer> => {
    const options = {
      type: 'warning' as const,
      message: prompt.message,
      detail: prompt.detail,
      buttons: [prompt.save, prompt.dontSave, prompt.cancel],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    };
    const win = windowOf(event);
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    return SAVE_CHANGES_ANSWERS[response] ?? 'cancel';
  });
  handle(IPC.closeAnswer, (event, mayClose: boolean) => sessionOf(event)?.answerClose(mayClose));

  // The workshop hosts the open document's file as saved: main knows its path and whether it is dirty.
  handle(IPC.hostWorkshop, (event, ref: string | null, request: HostWorkshopRequest) =>
    deps.workshop.start({
      ...request,
      path: ref === null ? null : (files.documents.pathOf(ref) ?? null),
      dirty: sessionOf(event)?.guard.state.dirty ?? false,
    }),
  );
  handle(IPC.stopWorkshop, () => deps.workshop.stop());
  handle(IPC.workshopStatus, () => deps.workshop.status());

  // Join workshop: main opens the window's WebSocket (its CSP allows none) and passes frames on.
  const tunnel = deps.tunnel ?? new SocketTunnel();
  const tunnelOwners = new WeakMap<WebContents, number>();
  let nextOwner = 1;
  /** A number for the window's page; its sockets end when it closes, crashes or loads another page. */
  const ownerOf = (sender: WebContents): number => {
    const known = tunnelOwners.get(sender);
    if (known !== undefined) return known;
    const owner = nextOwner++;
    tunnelOwners.set(sender, owner);
    const end = () => tunnel.closeOwner(owner);
    sender.once('destroyed', end);
    sender.on('did-navigate', end);
    sender.on('render-process-gone', end);
    return owner;
  };
  handle(IPC.workshopSocketOpen, (event, socketId: number, url: string) => {
    const sender = event.sender;
    return tunnel.open(ownerOf(sender), socketId, url, (id, socketEvent) => {
      if (!sender.isDestroyed()) sender.send(IPC.workshopSocketEvent, id, socketEvent);
    });
  });
  handle(IPC.workshopSocketSend, (event, socketId: number, data: WorkshopSocketData) =>
    tunnel.send(ownerOf(event.sender), socketId, data),
  );
  handle(IPC.workshopSocketClose, (event, socketId: number, code?: number, reason?: string) =>
    tunnel.close(ownerOf(event.sender), socketId, code, reason),
  );
}
