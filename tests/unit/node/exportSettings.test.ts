/**
 * The Export dialog's last choices live in the settings (issue 17): the option matrix's values,
 * checked over IPC and in the browser's storage like every setting, and a settings file from
 * the version before (whose export defaults had a `pageSize`) opens as it was, not as damaged.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/host';
import { DEFAULT_EXPORT_OPTION_VALUES } from '../../../shared/export';
import { ipcArgs } from '../../../shared/ipc/args';
import { IPC } from '../../../shared/ipc/channels';
import { readStoredSettings } from '../../../shared/ipc/settings';
import type { StoredSettings } from '../../../electron/node/settingsSchema';
import { SettingsService, openSettings, settingsStoreOptions } from '../../../electron/node/settingsStore';

function open(dir: string) {
  const create = (clearInvalidConfig: boolean) =>
    new Conf<StoredSettings>({ cwd: dir, configName: 'settings', ...settingsStoreOptions(clearInvalidConfig) });
  const { backend, notice } = openSettings(create, join(dir, 'settings.json'));
  return { settings: new SettingsService(backend), notice };
}

describe('remembered export choices', () => {
  it('default to a 2× PNG and the matrix’s defaults for every other option', () => {
    expect(DEFAULT_SETTINGS.exportDefaults).toEqual({
      format: 'png',
      scale: 2,
      background: DEFAULT_EXPORT_OPTION_VALUES.background,
      theme: DEFAULT_EXPORT_OPTION_VALUES.theme,
      page: DEFAULT_EXPORT_OPTION_VALUES.page,
      orientation: DEFAULT_EXPORT_OPTION_VALUES.orientation,
    });
  });

  it('survive a restart, every option kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'js-export-settings-'));
    const chosen = {
      format: 'pdf',
      scale: 4,
      background: 'transparent',
      theme: 'dark',
      page: 'a3',
      orientation: 'portrait',
    } as const;
    open(dir).settings.update({ exportDefaults: chosen });
    expect(open(dir).settings.get().exportDefaults).toEqual(chosen);
  });

  it('open from a settings file of the version before, its old keys dropped, without a notice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'js-export-settings-'));
    const before = {
      language: 'zh-TW',
      theme: 'dark',
      draftIntervalSeconds: 9,
      exportDefaults: { format: 'svg', scale: 2, pageSize: 'fit', background: 'white', theme: 'light' },
      recentFiles: [],
    };
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(before));
    const { settings, notice } = open(dir);
    expect(notice).toBeNull();
    expect(settings.get()).toEqual({
      language: 'zh-TW',
      theme: 'dark',
      draftIntervalSeconds: 9,
      exportDefaults: { ...DEFAULT_SETTINGS.exportDefaults, format: 'svg', background: 'white' },
      // Keys the version before did not have get their defaults.
      painPointsBand: false,
      opportunitiesBand: false,
    });
    settings.update({ exportDefaults: { page: 'letter' } });
    const written = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as StoredSettings;
    expect(written.exportDefaults).not.toHaveProperty('pageSize');
    expect(written.exportDefaults.page).toBe('letter');
  });

  it('are checked over IPC and in the browser’s storage against the option matrix', () => {
    const patch = (value: unknown) => ipcArgs[IPC.setSettings].safeParse([value]).success;
    expect(patch({ exportDefaults: { page: 'a3', orientation: 'portrait', background: 'page' } })).toBe(true);
    expect(patch({ exportDefaults: { page: 'legal' } })).toBe(false);
    expect(patch({ exportDefaults: { orientation: 'sideways' } })).toBe(false);
    expect(patch({ exportDefaults: { scale: 0.1 } })).toBe(false);
    expect(patch({ exportDefaults: { tile: true } })).toBe(false);
    const stored = readStoredSettings({
      exportDefaults: { format: 'html', pageSize: 'fit', page: 'tabloid', scale: 9 },
    });
    expect(stored.damaged).toBe(true);
    expect(stored.settings.exportDefaults).toEqual({
      ...DEFAULT_SETTINGS.exportDefaults,
      format: 'html',
      page: 'tabloid',
    });
  });
});
