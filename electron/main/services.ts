/** The Node services main wires to Electron, opened over the app's data folder. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import type { HostNotice } from '../../shared/host';
import { resolveLanguage } from '../../shared/i18n/languages';
import { createTranslator } from '../../shared/i18n/translate';
import { DraftStore } from '../node/drafts';
import { FileService } from '../node/fileService';
import { RecentFiles } from '../node/recentFiles';
import type { StoredSettings } from '../node/settingsSchema';
import { SettingsService, openSettings, settingsStoreOptions } from '../node/settingsStore';
import { DesktopWorkshop } from '../node/workshop/desktopWorkshop';

export interface Services {
  settings: SettingsService;
  files: FileService;
  /** File > Host workshop. */
  workshop: DesktopWorkshop;
  /** Said once to the first page that asks (a damaged settings file was reset). */
  startupNotices: HostNotice[];
}

/** `systemLanguages`: the OS's preferred languages, for a language setting of "system". */
export function openServices(userData: string, systemLanguages: () => readonly string[] = () => []): Services {
  const { backend, notice } = openSettings(
    (clearInvalidConfig) =>
      new Store<StoredSettings>({ name: 'settings', ...settingsStoreOptions(clearInvalidConfig) }),
    join(userData, 'settings.json'),
  );
  const settings = new SettingsService(backend);
  // Save failures are told in the UI language, looked up at each save (the setting can change).
  const translate = () => createTranslator(resolveLanguage(settings.get().language, systemLanguages()));
  const files = new FileService(
    new RecentFiles(settings.recentStorage()),
    new DraftStore(join(userData, 'drafts')),
    undefined,
    translate,
  );
  // Participants load the web editor: out/web beside out/main, built by `npm run build` and by
  // `npm run dist`, which packs it into app.asar (Electron's fs reads it there). Without it they
  // get a page saying what to build.
  const webRoot = join(import.meta.dirname, '../web');
  const workshop = new DesktopWorkshop({
    webRoot: existsSync(join(webRoot, 'index.html')) ? webRoot : null,
    report: (line) => console.warn(`workshop: ${line}`),
  });
  return { settings, files, workshop, startupNotices: notice ? [notice] : [] };
}
