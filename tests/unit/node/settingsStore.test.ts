import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/host';
import { ipcArgs } from '../../../shared/ipc/args';
import { IPC } from '../../../shared/ipc/channels';
import { readStoredSettings } from '../../../shared/ipc/settings';
import type { StoredSettings } from '../../../electron/node/settingsSchema';
import { SettingsService, openSettings, settingsStoreOptions } from '../../../electron/node/settingsStore';

/** The same options main gives electron-store, over plain conf in a temp folder. */
function open(dir: string) {
  const create = (clearInvalidConfig: boolean) =>
    new Conf<StoredSettings>({ cwd: dir, configName: 'settings', ...settingsStoreOptions(clearInvalidConfig) });
  const now = () => new Date('2025-06-01T12:00:00Z');
  const { backend, notice } = openSettings(create, join(dir, 'settings.json'), now);
  return { settings: new SettingsService(backend), notice };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'js-settings-'));

describe('settings file', () => {
  it('starts from defaults and keeps changes across restarts', () => {
    const dir = tempDir();
    const first = open(dir);
    expect(first.notice).toBeNull();
    expect(first.settings.get()).toEqual(DEFAULT_SETTINGS);
    first.settings.update({ theme: 'dark', draftIntervalSeconds: 12, exportDefaults: { scale: 3 } });
    const again = open(dir).settings.get();
    expect(again).toMatchObject({ theme: 'dark', draftIntervalSeconds: 12 });
    expect(again.exportDefaults).toEqual({ ...DEFAULT_SETTINGS.exportDefaults, scale: 3 });
  });

  it('resets a file that is not JSON to defaults, with a notice, keeping the damaged file aside', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{"theme": "dark", ');
    const { settings, notice } = open(dir);
    expect(notice).toEqual({ kind: 'settings-reset', keptCopy: 'settings.corrupt-2025-06-01T12-00-00-000Z.json' });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(readFileSync(join(dir, notice!.keptCopy!), 'utf8')).toBe('{"theme": "dark", ');
    settings.update({ language: 'en' });
    expect(open(dir).notice).toBeNull();
  });

  it('resets a file that breaks the schema (a wrong value, a wrong type)', () => {
    for (const content of ['{"theme":"purple"}', '{"draftIntervalSeconds":"soon"}', '[]', '{"recentFiles":{}}']) {
      const dir = tempDir();
      writeFileSync(join(dir, 'settings.json'), content);
      const { settings, notice } = open(dir);
      expect(notice?.kind, content).toBe('settings-reset');
      expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('fills keys an older version did not have, without calling the file damaged', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ language: 'zh-TW', theme: 'light' }));
    const { settings, notice } = open(dir);
    expect(notice).toBeNull();
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-TW', theme: 'light' });
  });

  it('keeps recent files and window state in the same file, out of the renderer’s settings', () => {
    const dir = tempDir();
    const { settings } = open(dir);
    settings.recentStorage().save([{ path: '/maps/a.journey', title: 'A', openedAt: '2025-01-01T00:00:00.000Z' }]);
    settings.setWindowState({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    const again = open(dir).settings;
    expect(again.recentStorage().load()).toHaveLength(1);
    expect(again.windowState()).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(Object.keys(again.get()).sort()).toEqual([
      'draftIntervalSeconds',
      'exportDefaults',
      'language',
      'opportunitiesBand',
      'painPointsBand',
      'theme',
    ]);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('survives the file being damaged while the app runs', () => {
    const dir = tempDir();
    const { settings } = open(dir);
    writeFileSync(join(dir, 'settings.json'), 'garbage');
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    settings.update({ theme: 'dark' });
    expect(open(dir).settings.get().theme).toBe('dark');
    expect(existsSync(join(dir, 'settings.json'))).toBe(true);
  });
});

describe('settings over IPC and in the browser', () => {
  const patch = (value: unknown) => ipcArgs[IPC.setSettings].safeParse([value]).success;

  it('accepts a partial change and refuses unknown keys and bad values', () => {
    expect(patch({ theme: 'dark' })).toBe(true);
    expect(patch({ exportDefaults: { format: 'svg' } })).toBe(true);
    expect(patch({ recentFiles: [] })).toBe(false);
    expect(patch({ windowState: { width: 1, height: 1, maximized: false } })).toBe(false);
    expect(patch({ theme: 'purple' })).toBe(false);
    expect(patch({ draftIntervalSeconds: 0 })).toBe(false);
    expect(patch({ exportDefaults: { scale: 100 } })).toBe(false);
  });

  it('reads stored browser settings keeping the good values and flagging the bad', () => {
    expect(readStoredSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, damaged: false });
    expect(readStoredSettings({ theme: 'dark' })).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
      damaged: false,
    });
    const mixed = readStoredSettings({ theme: 'dark', language: 42, exportDefaults: { format: 'svg', scale: -1 } });
    expect(mixed.damaged).toBe(true);
    expect(mixed.settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      exportDefaults: { ...DEFAULT_SETTINGS.exportDefaults, format: 'svg' },
    });
    expect(readStoredSettings('nonsense').damaged).toBe(true);
  });
});
