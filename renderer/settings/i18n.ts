/**
 * i18next with every UI language loaded up front (the catalogues are small), so Settings >
 * Language switches at once, without a restart: components re-render through react-i18next.
 * `<html lang>` follows the language, for screen readers and CJK font selection.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  CATALOGUES,
  UI_LANGUAGES,
  resolveLanguage,
  type LanguageSetting,
  type UiLanguage,
} from '../../shared/i18n/languages';

/** The OS's preferred languages as the browser (or Electron's Chromium) reports them. */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

let setting: LanguageSetting = 'system';

function followSystemLanguage() {
  if (setting === 'system') void i18next.changeLanguage(resolveLanguage('system', systemLanguages()));
}

export async function initI18n(initial: LanguageSetting = 'system'): Promise<typeof i18next> {
  setting = initial;
  const resources = Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, { translation: CATALOGUES[lang] }]));
  i18next.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  await i18next.use(initReactI18next).init({
    resources,
    lng: resolveLanguage(initial, systemLanguages()),
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    // Only the exact tags we ship: no lookups of "zh" between "zh-CN" and English.
    load: 'currentOnly',
    // React escapes output; double escaping would show &lt; in users' text.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  // "Follow the system" follows the OS language live, as the theme follows its colour scheme.
  if (typeof window !== 'undefined') window.addEventListener('languagechange', followSystemLanguage);
  return i18next;
}

/** Applies Settings > Language now; resolves once every string on screen is in the new language. */
export async function applyLanguageSetting(next: LanguageSetting): Promise<UiLanguage> {
  setting = next;
  const language = resolveLanguage(next, systemLanguages());
  if (i18next.language !== language) await i18next.changeLanguage(language);
  return language;
}
