/** The main window: secure preferences, and the size and place it had last time (kept on screen). */
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { SettingsService } from '../node/settingsStore';
import { restoreWindowBounds } from '../node/windowState';
import { SECURE_WEB_PREFERENCES } from './security';

const WINDOW_DEFAULTS = { width: 1400, height: 900, minWidth: 800, minHeight: 500 };

export function createMainWindow(settings: SettingsService, load: (win: BrowserWindow) => void): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const restored = restoreWindowBounds(settings.windowState(), workAreas, WINDOW_DEFAULTS);
  const win = new BrowserWindow({
    ...restored.bounds,
    minWidth: WINDOW_DEFAULTS.minWidth,
    minHeight: WINDOW_DEFAULTS.minHeight,
    show: false,
    title: 'Journey Studio',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(import.meta.dirname, '../preload/index.cjs') },
  });
  if (restored.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  rememberBounds(win, settings);
  load(win);
  return win;
}

/** Stores the window's normal (unmaximized) bounds a second after it moves, and when it closes. */
function rememberBounds(win: BrowserWindow, settings: SettingsService): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    settings.setWindowState({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 1000);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
