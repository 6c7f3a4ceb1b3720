/** Electron main process: one secure window wired to the Node services. Thin by design. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { IPC } from '../../shared/ipc/channels';
import { journeyPathsFromArgv, launchFolder } from '../node/launchArgs';
import { devRendererUrl } from '../node/securityConfig';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { resolveLanguage } from '../../shared/i18n/languages';
import { createTranslator, type Translate } from '../../shared/i18n/translate';
import { hardenSessions } from './security';
import { openServices, type Services } from './services';
import { createMainWindow } from './window';
import { WindowSession } from './windowSession';

/** Set only when unpackaged and the dev server is on this machine; never a remote origin. */
const devServerUrl = devRendererUrl({ isPackaged: app.isPackaged, env: process.env });
const isDev = devServerUrl !== undefined;
const isMac = process.platform === 'darwin';
const rendererFile = join(import.meta.dirname, '../renderer/index.html');

let services: Services | null = null;
let session: WindowSession | null = null;
/** Files asked for before there is a window to open them in (macOS open-file arrives early). */
const earlyPaths: string[] = journeyPathsFromArgv(
  process.argv.slice(1),
  launchFolder({ isPackaged: app.isPackaged, env: process.env, cwd: process.cwd() }),
);

function openPaths(paths: string[]): void {
  if (paths.length === 0) return;
  if (session && !session.win.isDestroyed()) session.opens.add(paths);
  else earlyPaths.push(...paths);
  if (app.isReady() && services && (!session || session.win.isDestroyed())) openWindow(services);
}

function openWindow(svc: Services): void {
  const win = createMainWindow(svc.settings, (w) => {
    if (devServerUrl) void w.loadURL(devServerUrl);
    else void w.loadFile(rendererFile);
  });
  session = new WindowSession(win, svc.files);
  session.opens.add(earlyPaths.splice(0));
  win.on('closed', () => {
    if (session?.win === win) session = null;
  });
}

/** Menus and native dialogs speak the UI language: the setting, or the OS's when it says "system". */
function uiTranslator(svc: Services): Translate {
  return createTranslator(resolveLanguage(svc.settings.get().language, app.getPreferredSystemLanguages()));
}

function rebuildMenu(svc: Services): void {
  void svc.files.listRecent().then((recent) =>
    installMenu({ isMac, isDev, t: uiTranslator(svc) }, recent, {
      command: (id) => session?.win.webContents.send(IPC.menuCommand, id),
      openRecent: (id) => {
        const path = svc.files.recent.pathOf(id);
        if (path) openPaths([path]);
      },
      clearRecent: () => svc.files.recent.clear(),
      removeMissingRecent: () => void svc.files.recent.removeMissing(),
    }),
  );
}

// A second launch (double-click in the file manager, `journey-studio my.journey`) hands its
// files to the running app instead of starting another.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openPaths(journeyPathsFromArgv(argv.slice(1), workingDirectory));
    const win = session?.win;
    if (win && !win.isDestroyed()) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  // macOS: Finder and the Dock deliver files here, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPaths([path]);
  });
  app.on('before-quit', () => session?.guard.quitRequested());
  // A hosted workshop is saved before the app ends: quitting waits for the save once.
  let workshopSaved = false;
  app.on('will-quit', (event) => {
    if (workshopSaved || !services || services.workshop.status().status === 'idle') return;
    event.preventDefault();
    void services.workshop
      .stop()
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        workshopSaved = true;
        app.quit();
      });
  });

  app.enableSandbox();

  void app.whenReady().then(() => {
    hardenSessions();
    const svc = openServices(app.getPath('userData'), () => app.getPreferredSystemLanguages());
    services = svc;
    registerIpcHandlers({
      files: svc.files,
      settings: svc.settings,
      renderer: {
        fileUrl: pathToFileURL(rendererFile).href,
        ...(devServerUrl ? { devServerUrl } : {}),
      },
      sessionOf: (win) => (win && session?.win === win ? session : undefined),
      takeStartupNotices: () => svc.startupNotices.splice(0),
      translate: () => uiTranslator(svc),
      onSettingsChanged: (patch) => {
        if (patch.language !== undefined) rebuildMenu(svc);
      },
      workshop: svc.workshop,
    });
    rebuildMenu(svc);
    svc.files.recent.onChange(() => rebuildMenu(svc));
    // Files can vanish while the app runs; refresh the "missing" marks when the user comes back.
    app.on('browser-window-focus', () => rebuildMenu(svc));
    openWindow(svc);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow(svc);
    });
  });

  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
}
