/**
 * A small translator over the catalogues for code that runs without i18next: Electron's main
 * process (menus, native dialogs), the command line and exports (translator.ts has the rules).
 */
import { CATALOGUES } from './catalogues';
import type { UiLanguage } from './languages';
import { translatorOf, type Translate } from './translator';

export type { Translate } from './translator';

export function createTranslator(language: UiLanguage): Translate {
  return translatorOf(CATALOGUES[language]);
}
