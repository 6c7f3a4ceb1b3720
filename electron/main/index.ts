/** Electron main process: one secure window wired to the Node services. Thin by design. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import Store from 'electron-store';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/host';
import { DocumentRegistry } from '../node/documentRegistry';
import { SETTINGS_SCHEMA } from '../node/settingsSchema';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { SECURE_WEB_PREFERENCES, hardenSessions } from './security';

const isDev = !app.isPackaged && !!process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Journey Studio',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(import.meta.dirname, '../preload/index.cjs') },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  if (isDev) void win.loadURL(process.env.ELECTRON_RENDERER_URL!);
  else void win.loadFile(rendererFile);
  return win;
}

app.enableSandbox();

void app.whenReady().then(() => {
  hardenSessions();
  // clearInvalidConfig: a corrupted settings file is reset to defaults instead of crashing.
  const settings = new Store<Settings>({
    name: 'settings',
    schema: SETTINGS_SCHEMA,
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: true,
  });
  registerIpcHandlers({
    documents: new DocumentRegistry(),
    settings,
    renderer: {
      fileUrl: pathToFileURL(rendererFile).href,
      ...(isDev ? { devServerUrl: process.env.ELECTRON_RENDERER_URL! } : {}),
    },
  });
  installMenu(() => mainWindow ?? BrowserWindow.getFocusedWindow(), { isMac: process.platform === 'darwin', isDev });
  mainWindow = createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
