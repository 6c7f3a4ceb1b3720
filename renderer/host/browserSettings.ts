/** Settings of the browser build in localStorage, read through the same schema as the desktop's. */
import type { HostNotice, Settings, SettingsPatch } from '../../shared/host';
import { applySettingsPatch, readStoredSettings, settingsPatchSchema } from '../../shared/ipc/settings';

const SETTINGS_KEY = 'journey-studio.settings';
/** Where damaged settings text is kept, so nothing the user set is thrown away unseen. */
const DAMAGED_KEY = 'journey-studio.settings.damaged';

export function createBrowserSettings(storage: Storage) {
  const notices: HostNotice[] = [];

  function read(): Settings {
    const text = storage.getItem(SETTINGS_KEY);
    let raw: unknown = null;
    let damaged = false;
    try {
      raw = text === null ? null : JSON.parse(text);
    } catch {
      damaged = true;
    }
    const result = readStoredSettings(raw);
    if ((damaged || result.damaged) && text !== null) {
      storage.setItem(DAMAGED_KEY, text);
      storage.setItem(SETTINGS_KEY, JSON.stringify(result.settings));
      notices.push({ kind: 'settings-reset', keptCopy: null });
    }
    return result.settings;
  }

  return {
    get: async (): Promise<Settings> => read(),
    async set(patch: SettingsPatch): Promise<Settings> {
      const next = applySettingsPatch(read(), settingsPatchSchema.parse(patch));
      storage.setItem(SETTINGS_KEY, JSON.stringify(next));
      return next;
    },
    /** Notices found so far (a damaged settings entry), each given once. */
    takeNotices: (): HostNotice[] => {
      read();
      return notices.splice(0);
    },
  };
}
