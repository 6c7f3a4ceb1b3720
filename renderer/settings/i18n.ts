/**
 * i18next with English built in and the other UI languages' catalogues loaded when first
 * needed (each is a chunk of its own): the window's first paint waits only for the language
 * it starts in, and Settings > Language switches without a restart once that language's words
 * have arrived: components re-render through react-i18next. `<html lang>` follows the
 * language, for screen readers and CJK font selection.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Messages } from '../../shared/i18n/en';
import { UI_LANGUAGES, resolveLanguage, type LanguageSetting, type UiLanguage } from '../../shared/i18n/languages';

const CATALOGUE_LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<Messages>> = {
  'zh-CN': () => import('../../shared/i18n/zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('../../shared/i18n/zh-TW').then((m) => m.zhTW),
};

/** A language's words, fetched once; English is part of the window's own code. */
async function loadCatalogue(language: UiLanguage): Promise<Messages> {
  return language === 'en' ? en : CATALOGUE_LOADERS[language]();
}

/** Makes sure i18next has `language`'s words before anything switches to it. */
async function ensureCatalogue(language: UiLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loadCatalogue(language));
}

/** The OS's preferred languages as the browser (or Electron's Chromium) reports them. */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

let setting: LanguageSetting = 'system';

async function switchTo(language: UiLanguage): Promise<void> {
  await ensureCatalogue(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

function followSystemLanguage() {
  // A catalogue that cannot load leaves the window in the language it shows.
  if (setting === 'system') switchTo(resolveLanguage('system', systemLanguages())).catch(() => undefined);
}

/**
 * Starts i18next in the setting's language, its catalogue loaded first, so the first paint
 * never shows keys or English for a moment. Should that catalogue fail to load, the window
 * starts in English rather than not at all.
 */
export async function initI18n(initial: LanguageSetting = 'system'): Promise<typeof i18next> {
  setting = initial;
  let language = resolveLanguage(initial, systemLanguages());
  const resources: Partial<Record<UiLanguage, { translation: Messages }>> = { en: { translation: en } };
  if (language !== 'en') {
    const words = await loadCatalogue(language).catch(() => null);
    if (words) resources[language] = { translation: words };
    else language = 'en';
  }
  i18next.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
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
  await switchTo(language);
  return language;
}
