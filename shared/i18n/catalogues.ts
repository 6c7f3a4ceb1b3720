/**
 * Every UI language's words, for code that has them all at hand: Electron's main process, the
 * command line and exports (translate.ts). The window imports a catalogue only for the language
 * it shows (renderer/settings/i18n.ts), so its start does not load the others.
 */
import { en, type Messages } from './en';
import type { UiLanguage } from './languages';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

export const CATALOGUES: Record<UiLanguage, Messages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };
