/** IPC handlers: the sender is checked first, then every argument against its zod schema. */
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type Store from 'electron-store';
import type { Settings } from '../../shared/host';
import { ipcArgs, type InvokeChannel } from '../../shared/ipc/args';
import { IPC } from '../../shared/ipc/channels';
import type { DocumentRegistry } from '../node/documentRegistry';
import { isTrustedSender, type RendererLocation } from '../node/senderPolicy';

const JOURNEY_FILTERS = [
  { name: 'Journey map', extensions: ['journey'] },
  { name: 'All files', extensions: ['*'] },
];

export function registerIpcHandlers(deps: {
  documents: DocumentRegistry;
  settings: Store<Settings>;
  renderer: RendererLocation;
}): void {
  const { documents, settings, renderer } = deps;

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

  handle(IPC.openFile, async (event) => {
    const win = windowOf(event);
    const options = { properties: ['openFile' as const], filters: JOURNEY_FILTERS };
    const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const path = picked.filePaths[0];
    if (picked.canceled || !path) return { status: 'cancelled' };
    return documents.open(path);
  });

  handle(IPC.saveFile, (_event, ref: string, text: string) => documents.save(ref, text));

  handle(IPC.saveFileAs, async (event, text: string, suggestedName: string) => {
    const win = windowOf(event);
    const options = { defaultPath: suggestedName, filters: JOURNEY_FILTERS };
    const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (picked.canceled || !picked.filePath) return { status: 'cancelled' };
    const path = picked.filePath.endsWith('.journey') ? picked.filePath : `${picked.filePath}.journey`;
    return documents.saveTo(path, text);
  });

  handle(IPC.getSettings, () => settings.store);
  handle(IPC.setSettings, (_event, patch: Partial<Settings>) => {
    settings.set({ ...settings.store, ...patch });
    return settings.store;
  });
}
