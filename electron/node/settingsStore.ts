/**
 * Opening the settings file (electron-store in main, plain `conf` in tests: same options) so
 * that a damaged file never stops the app: it is kept aside as `settings.corrupt-<time>.json`,
 * settings start again from defaults, and the user gets a notice.
 */
import { renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { HostNotice, Settings } from '../../shared/host';
import { EXPORT_DEFAULT_KEYS, applySettingsPatch, type SettingsPatch } from '../../shared/ipc/settings';
import type { RecentEntry, RecentStorage } from './recentFiles';
import { SETTINGS_SCHEMA, STORED_DEFAULTS, type StoredSettings, type WindowState } from './settingsSchema';

/** The part of electron-store / conf this app uses. */
export interface SettingsBackend {
  readonly store: StoredSettings;
  set(values: Partial<StoredSettings>): void;
}

/** Options shared by electron-store (main) and conf (tests), minus where the file lives. */
export function settingsStoreOptions(clearInvalidConfig: boolean) {
  return {
    schema: SETTINGS_SCHEMA,
    defaults: STORED_DEFAULTS,
    clearInvalidConfig,
  } as const;
}

/**
 * Opens the store strictly first; if the file is not JSON or breaks the schema, moves it aside
 * and starts from defaults. Damage while the app runs reads as defaults instead of throwing.
 */
export function openSettings(
  create: (clearInvalidConfig: boolean) => SettingsBackend,
  filePath: string,
  now: () => Date = () => new Date(),
): { backend: SettingsBackend; notice: HostNotice | null } {
  try {
    // A strict open only to find damage; the store kept absorbs later damage (clearInvalidConfig).
    create(false);
    return { backend: create(true), notice: null };
  } catch (error) {
    if (!isDamage(error)) throw error;
    const copy = join(dirname(filePath), `settings.corrupt-${now().toISOString().replace(/[:.]/g, '-')}.json`);
    let keptCopy: string | null = basename(copy);
    try {
      renameSync(filePath, copy);
    } catch {
      keptCopy = null;
    }
    return { backend: create(true), notice: { kind: 'settings-reset', keptCopy } };
  }
}

function isDamage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'SyntaxError' || error.message.startsWith('Config schema violation');
}

/** Settings as the rest of main uses them. */
export class SettingsService {
  constructor(private readonly backend: SettingsBackend) {}

  /** The settings the renderer may read and change. */
  get(): Settings {
    const { language, theme, draftIntervalSeconds, exportDefaults, painPointsBand, opportunitiesBand } = {
      ...STORED_DEFAULTS,
      ...this.backend.store,
    };
    return {
      language,
      theme,
      draftIntervalSeconds,
      painPointsBand,
      opportunitiesBand,
      // Only today's keys: an older file's leftovers stay out of what the renderer sees.
      exportDefaults: Object.fromEntries(
        EXPORT_DEFAULT_KEYS.map((key) => [key, exportDefaults?.[key] ?? STORED_DEFAULTS.exportDefaults[key]]),
      ) as Settings['exportDefaults'],
    };
  }

  update(patch: SettingsPatch): Settings {
    this.backend.set(applySettingsPatch(this.get(), patch));
    return this.get();
  }

  windowState(): WindowState | undefined {
    return this.backend.store.windowState;
  }

  setWindowState(state: WindowState): void {
    this.backend.set({ windowState: state });
  }

  /** The recent-files list lives in the settings file. */
  recentStorage(): RecentStorage {
    return {
      load: (): RecentEntry[] => this.backend.store.recentFiles ?? [],
      save: (entries) => this.backend.set({ recentFiles: entries }),
    };
  }
}
