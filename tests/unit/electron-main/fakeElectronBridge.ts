/**
 * A stand-in for `electron` in both processes at once, so one test can load the real preload
 * (electron/preload) and the real main-process handlers (electron/main) and let them talk:
 * `ipcRenderer.invoke` reaches what `ipcMain.handle` registered, with the page's frame URL as the
 * sender, and `webContents.send` reaches `ipcRenderer.on`. Values crossing the context bridge and
 * IPC are copied as Electron copies them (structured clone; functions proxied only across the
 * bridge), so a preload that leaked an object Electron cannot pass would fail here too.
 */
import { EventEmitter } from 'node:events';

type Handler = (event: unknown, ...args: unknown[]) => unknown;
type Listener = (event: unknown, ...args: unknown[]) => void;

/** What contextBridge does to a value passed between the page and the preload. */
export function crossBridge(value: unknown): unknown {
  if (typeof value === 'function')
    return (...args: unknown[]) => crossBridge((value as (...a: unknown[]) => unknown)(...args.map(crossBridge)));
  if (value instanceof Promise) return value.then(crossBridge);
  if (value instanceof Blob) return value; // DOM files keep their identity (webUtils reads them)
  if (Array.isArray(value)) return value.map(crossBridge);
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto === Object.prototype || proto === null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, crossBridge(v)]));
    return structuredClone(value);
  }
  return value;
}

export class FakeWebContents extends EventEmitter {
  crashed = false;
  readonly pdfRequests: unknown[] = [];
  constructor(private readonly deliver: (channel: string, args: unknown[]) => void) {
    super();
  }
  send(channel: string, ...args: unknown[]) {
    this.deliver(channel, structuredClone(args));
  }
  isCrashed = () => this.crashed;
  isDestroyed = () => false;
  async printToPDF(options: unknown): Promise<Buffer> {
    this.pdfRequests.push(options);
    return Buffer.from('%PDF-1.7\n% printed by the fake webContents\n');
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  destroyed = false;
  documentEdited: boolean | undefined;
  constructor(readonly webContents: FakeWebContents) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  static fromWebContents = (contents: unknown) => FakeBrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  static getAllWindows = () => FakeBrowserWindow.all.filter((w) => !w.destroyed);
  isDestroyed = () => this.destroyed;
  setDocumentEdited(edited: boolean) {
    this.documentEdited = edited;
  }
  /** As Electron: 'close' can be prevented; otherwise the window goes and says 'closed'. */
  close(): void {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

/** Answers the next native dialogs; records what was asked. */
export class FakeDialog {
  readonly asked: { kind: string; withWindow: boolean; options: Record<string, unknown> }[] = [];
  readonly answers: { open: unknown[]; save: unknown[]; message: unknown[] } = { open: [], save: [], message: [] };
  private next(kind: 'open' | 'save' | 'message', args: unknown[]) {
    const withWindow = args[0] instanceof FakeBrowserWindow;
    this.asked.push({ kind, withWindow, options: (withWindow ? args[1] : args[0]) as Record<string, unknown> });
    const answer = this.answers[kind].shift();
    if (answer === undefined) throw new Error(`the test gave no answer for a ${kind} dialog`);
    return Promise.resolve(answer);
  }
  showOpenDialog = (...args: unknown[]) => this.next('open', args);
  showSaveDialog = (...args: unknown[]) => this.next('save', args);
  showMessageBox = (...args: unknown[]) => this.next('message', args);
}

export function createBridgeElectron() {
  /** The page's globals as the preload leaves them (`window.journeyApi`). */
  const mainWorld: Record<string, unknown> = {};
  /** The URL of the frame the preload runs in: change it to play a navigated-to or foreign page. */
  const page = { url: '' };
  const handlers = new Map<string, Handler>();
  const rendererListeners = new Map<string, Set<Listener>>();
  const filePaths = new WeakMap<object, string>();

  const deliver = (channel: string, args: unknown[]) => {
    for (const listener of rendererListeners.get(channel) ?? []) listener({ sender: null }, ...args);
  };
  /** The window the page (and so the preload) is in; `newWindow()` moves the page to a new one. */
  const current = { win: new FakeBrowserWindow(new FakeWebContents(deliver)) };
  const newWindow = () => (current.win = new FakeBrowserWindow(new FakeWebContents(deliver)));

  const ipcMain = {
    handlers,
    handle(channel: string, handler: Handler) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    /** electron-store listens for its renderer helper here; nothing in this app sends it. */
    on: () => ipcMain,
  };

  const ipcRenderer = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered`);
      const event = { sender: current.win.webContents, senderFrame: { url: page.url } };
      try {
        return structuredClone(await handler(event, ...structuredClone(args)));
      } catch (error) {
        // Electron passes only the message on, prefixed like this; the main-process error stays there.
        // eslint-disable-next-line preserve-caught-error -- the renderer never sees the cause
        throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
      }
    },
    on(channel: string, listener: Listener) {
      if (!rendererListeners.has(channel)) rendererListeners.set(channel, new Set());
      rendererListeners.get(channel)!.add(listener);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      rendererListeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    listenerCount: (channel: string) => rendererListeners.get(channel)?.size ?? 0,
  };

  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in mainWorld) throw new Error(`${key} is already exposed`);
      mainWorld[key] = crossBridge(api);
    },
  };

  /** Only files the OS handed over (a real drop) have a path; a File the page made up has none. */
  const webUtils = { getPathForFile: (file: object) => filePaths.get(file) ?? '' };
  const droppedFile = (path: string, name: string, content: string) => {
    const file = new File([content], name);
    filePaths.set(file, path);
    return file;
  };

  const app = Object.assign(new EventEmitter(), {
    userData: '',
    quits: 0,
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`the app asked for the ${name} folder`);
      return app.userData;
    },
    getVersion: () => '0.0.0-test',
    quit: () => void app.quits++,
  });

  const menus: { template: unknown[] }[] = [];
  const Menu = {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: (menu: { template: unknown[] }) => void menus.push(menu),
  };

  const dialog = new FakeDialog();
  return {
    module: { app, ipcMain, ipcRenderer, contextBridge, webUtils, dialog, Menu, BrowserWindow: FakeBrowserWindow },
    mainWorld,
    page,
    current,
    newWindow,
    dialog,
    app,
    menus,
    droppedFile,
    rendererListeners,
  };
}
