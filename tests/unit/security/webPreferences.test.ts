/**
 * The window's webPreferences (Electron security checklist): read from the real settings object
 * and from the options the real createMainWindow passes to BrowserWindow.
 */
import { describe, expect, it, vi } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../../../electron/node/securityConfig';
import type { SettingsService } from '../../../electron/node/settingsStore';
import { createFakeElectron, FakeBrowserWindow } from './fakeElectron';

vi.mock('electron', () => createFakeElectron());

describe('SECURE_WEB_PREFERENCES', () => {
  it('turns on sandbox, context isolation and web security', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ sandbox: true, contextIsolation: true, webSecurity: true });
  });

  it('keeps Node out of every renderer, worker and frame', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('allows no insecure content, experimental features, webviews or middle-click windows', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
  });

  it('is the only webPreferences main re-exports (electron/main/security.ts)', async () => {
    const main = await import('../../../electron/main/security');
    expect(main.SECURE_WEB_PREFERENCES).toBe(SECURE_WEB_PREFERENCES);
  });
});

describe('createMainWindow', () => {
  it('opens the window with exactly the secure preferences plus the bundled preload', async () => {
    const { createMainWindow } = await import('../../../electron/main/window');
    const settings = { windowState: () => undefined, setWindowState: () => undefined } as unknown as SettingsService;
    const loaded: unknown[] = [];
    const win = createMainWindow(settings, (w) => loaded.push(w)) as unknown as FakeBrowserWindow;

    const { preload, ...rest } = win.options.webPreferences as Record<string, unknown>;
    expect(rest).toEqual(SECURE_WEB_PREFERENCES);
    expect(String(preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(loaded).toEqual([win]);
    expect(FakeBrowserWindow.created).toHaveLength(1);
  });
});
