/** The preload bridge: exposes the typed Host API as window.journeyApi and nothing else. */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { Host, OpenRequest, OpenResult, WorkshopSocketEvent, WorkshopSocketOpenResult } from '../../shared/host';
import { IPC, MENU_COMMANDS } from '../../shared/ipc/channels';

/** Subscribes to a main → renderer channel; returns the unsubscribe function. */
function listen(channel: string, handler: (...args: unknown[]) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, ...args: unknown[]) => handler(...args);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

/** For a call nobody awaits (a notice to main): a refusal shows in the console instead of going unhandled. */
function unawaited(call: Promise<unknown>): void {
  call.catch((error: unknown) => console.error(error));
}

const isOpenRequest = (value: unknown): value is OpenRequest =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as OpenRequest).ref === 'string' &&
  typeof (value as OpenRequest).name === 'string';

const WORKSHOP_SOCKET_EVENTS = new Set(['open', 'message', 'error', 'close']);
const isWorkshopSocketEvent = (value: unknown): value is WorkshopSocketEvent =>
  typeof value === 'object' &&
  value !== null &&
  WORKSHOP_SOCKET_EVENTS.has((value as { type?: unknown }).type as string);

/** The page's tunnelled workshop sockets by the id the preload gave each; main sends their events by it. */
const workshopSockets = new Map<number, (event: WorkshopSocketEvent) => void>();
let lastWorkshopSocket = 0;
const toWorkshopSocket = (id: number, event: WorkshopSocketEvent) => {
  const listener = workshopSockets.get(id);
  if (event.type === 'close') workshopSockets.delete(id);
  listener?.(event);
};
listen(IPC.workshopSocketEvent, (id, event) => {
  if (typeof id === 'number' && isWorkshopSocketEvent(event)) toWorkshopSocket(id, event);
});

const journeyApi: Host = {
  kind: 'electron',
  openFile: () => ipcRenderer.invoke(IPC.openFile),
  openFileRef: (ref) => ipcRenderer.invoke(IPC.openFileRef, ref),
  readFileToCompare: () => ipcRenderer.invoke(IPC.readFileToCompare),
  readFileVersion: (ref, version) => ipcRenderer.invoke(IPC.readFileVersion, ref, version),
  async openDroppedFile(file): Promise<OpenResult> {
    // The path comes from Electron for a real dropped file only; a File made up by the page has none.
    const path = webUtils.getPathForFile(file as File);
    if (!path)
      return {
        status: 'failed',
        fileName: file.name,
        problems: [{ path: '', message: 'not a file on this computer' }],
      };
    return ipcRenderer.invoke(IPC.openDroppedPath, path);
  },
  saveFile: (ref, text, options) =>
    options ? ipcRenderer.invoke(IPC.saveFile, ref, text, options) : ipcRenderer.invoke(IPC.saveFile, ref, text),
  saveFileAs: (text, suggestedName) => ipcRenderer.invoke(IPC.saveFileAs, text, suggestedName),
  printToPdf: (options) => ipcRenderer.invoke(IPC.printToPdf, options),
  listRecentFiles: () => ipcRenderer.invoke(IPC.listRecentFiles),
  openRecentFile: (id) => ipcRenderer.invoke(IPC.openRecentFile, id),
  removeRecentFile: (id) => ipcRenderer.invoke(IPC.removeRecentFile, id),
  listDrafts: () => ipcRenderer.invoke(IPC.listDrafts),
  saveDraft: (draft) => ipcRenderer.invoke(IPC.saveDraft, draft),
  deleteDraft: (id) => ipcRenderer.invoke(IPC.deleteDraft, id),
  restoreDraft: (id) => ipcRenderer.invoke(IPC.restoreDraft, id),
  getSettings: () => ipcRenderer.invoke(IPC.getSettings),
  setSettings: (patch) => ipcRenderer.invoke(IPC.setSettings, patch),
  ready: () => ipcRenderer.invoke(IPC.rendererReady),
  setDocumentState: (state) => unawaited(ipcRenderer.invoke(IPC.setDocumentState, state)),
  askSaveChanges: (prompt) => ipcRenderer.invoke(IPC.askSaveChanges, prompt),
  hostWorkshop: (ref, request) => ipcRenderer.invoke(IPC.hostWorkshop, ref, request),
  stopWorkshop: () => ipcRenderer.invoke(IPC.stopWorkshop),
  workshopStatus: () => ipcRenderer.invoke(IPC.workshopStatus),
  openWorkshopSocket(url, onEvent) {
    // The id is the page's, so events that come before main's answer already have a listener.
    const id = ++lastWorkshopSocket;
    workshopSockets.set(id, onEvent);
    const refuse = (message: string) => {
      toWorkshopSocket(id, { type: 'error', message });
      toWorkshopSocket(id, { type: 'close', code: 1008, reason: message.slice(0, 123) });
    };
    ipcRenderer.invoke(IPC.workshopSocketOpen, id, url).then(
      (result: WorkshopSocketOpenResult) => result.status === 'refused' && refuse(result.message),
      (error: unknown) => refuse(String(error)),
    );
    return {
      send: (data) => unawaited(ipcRenderer.invoke(IPC.workshopSocketSend, id, data)),
      close: (code, reason) =>
        unawaited(
          code === undefined
            ? ipcRenderer.invoke(IPC.workshopSocketClose, id)
            : ipcRenderer.invoke(IPC.workshopSocketClose, id, code, ...(reason === undefined ? [] : [reason])),
        ),
    };
  },
  guardClose(guard) {
    return listen(IPC.closeRequest, () => {
      void guard
        .confirmClose()
        .catch(() => false)
        .then((mayClose) => unawaited(ipcRenderer.invoke(IPC.closeAnswer, mayClose)));
    });
  },
  onMenuCommand(listener) {
    return listen(IPC.menuCommand, (id) => {
      if (typeof id === 'string' && (MENU_COMMANDS as readonly string[]).includes(id)) listener(id);
    });
  },
  onOpenRequest(listener) {
    return listen(IPC.openRequest, (request) => {
      if (isOpenRequest(request)) listener({ ref: request.ref, name: request.name });
    });
  },
};

contextBridge.exposeInMainWorld('journeyApi', journeyApi);
