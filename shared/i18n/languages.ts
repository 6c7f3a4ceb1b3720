/**
 * The UI languages and how the "follow the system" setting picks one from the OS's preferred
 * languages (navigator.languages in the renderer, app.getPreferredSystemLanguages() in
 * Electron's main process), so both sides agree. The words themselves are in catalogues.ts:
 * the window loads a language's words only when it shows that language.
 */

export const UI_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** What Settings > Language stores: a language, or whatever the OS prefers. */
export type LanguageSetting = UiLanguage | 'system';

/** Regions whose Chinese is written in Traditional characters unless the tag says otherwise. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/** The UI language of one BCP 47 tag, or null when we have no catalogue for it. */
export function languageOfTag(tag: string): UiLanguage | null {
  const [language = '', ...rest] = tag.toLowerCase().replace(/_/g, '-').split('-');
  if (language === 'en') return 'en';
  if (language !== 'zh') return null;
  // An explicit script decides (zh-Hant-CN is Traditional, zh-Hans-HK Simplified); else the region.
  if (rest.includes('hant')) return 'zh-TW';
  if (rest.includes('hans')) return 'zh-CN';
  return rest.some((part) => TRADITIONAL_REGIONS.has(part)) ? 'zh-TW' : 'zh-CN';
}

/** The first of the OS's preferred languages we have a catalogue for; English when none. */
export function detectLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return 'en';
}

export function resolveLanguage(setting: LanguageSetting, preferred: readonly string[]): UiLanguage {
  return setting === 'system' ? detectLanguage(preferred) : setting;
}
