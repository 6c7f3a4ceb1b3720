/**
 * A stand-in for the parts of the `electron` module that electron/main uses, so tests can run
 * the real main-process wiring without an Electron binary (`vi.mock('electron', …)`).
 * Every call is recorded; nothing is faked beyond what the code under test touches.
 */
import { EventEmitter } from 'node:events';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  static fromWebContents = () => null;
  static getAllWindows = () => FakeBrowserWindow.created;
  maximize() {}
  isDestroyed = () => false;
  isMinimized = () => false;
  isFullScreen = () => false;
  isMaximized = () => false;
  getNormalBounds = () => ({ x: 0, y: 0, width: 1400, height: 900 });
}

export function createFakeElectron() {
  const app = new EventEmitter();
  const session = {
    defaultSession: {
      permissionRequestHandler: undefined as
        ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined,
      permissionCheckHandler: undefined as (() => boolean) | undefined,
      setPermissionRequestHandler(handler: (wc: unknown, p: string, cb: (granted: boolean) => void) => void) {
        this.permissionRequestHandler = handler;
      },
      setPermissionCheckHandler(handler: () => boolean) {
        this.permissionCheckHandler = handler;
      },
    },
  };
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handlers,
    handle(channel: string, handler: Handler) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
  };
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const screen = { getPrimaryDisplay: () => display, getAllDisplays: () => [display] };
  const dialog = {
    opened: 0,
    async showOpenDialog() {
      this.opened++;
      return { canceled: true, filePaths: [] };
    },
  };
  const shell = { openExternal: () => Promise.reject(new Error('the app must not open external links')) };
  return { app, session, ipcMain, screen, dialog, shell, BrowserWindow: FakeBrowserWindow };
}
