import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogues';
import { UI_LANGUAGES, detectLanguage, languageOfTag, resolveLanguage } from '../../../shared/i18n/languages';

describe('the first start follows the OS language', () => {
  it.each([
    [['zh-TW'], 'zh-TW'],
    [['zh-HK'], 'zh-TW'],
    [['zh-MO'], 'zh-TW'],
    [['zh-Hant'], 'zh-TW'],
    [['zh-Hant-CN'], 'zh-TW'],
    [['zh_TW'], 'zh-TW'],
    [['zh'], 'zh-CN'],
    [['zh-CN'], 'zh-CN'],
    [['zh-SG'], 'zh-CN'],
    [['zh-Hans'], 'zh-CN'],
    [['zh-Hans-HK'], 'zh-CN'],
    [['ZH-cn'], 'zh-CN'],
    [['en-GB'], 'en'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(detectLanguage(preferred)).toBe(expected);
  });

  it('takes the first preferred language it has a catalogue for', () => {
    expect(detectLanguage(['fr-FR', 'zh-HK', 'en'])).toBe('zh-TW');
    expect(detectLanguage(['en-US', 'zh-CN'])).toBe('en');
    expect(languageOfTag('ja-JP')).toBeNull();
  });

  it('lets a chosen language win over the OS; "system" asks the OS', () => {
    expect(resolveLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(resolveLanguage('en', ['zh-TW'])).toBe('en');
    expect(resolveLanguage('system', ['zh-TW'])).toBe('zh-TW');
  });

  it('has a catalogue for every UI language, each naming the languages in themselves', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const lang of UI_LANGUAGES) {
      expect(CATALOGUES[lang].language).toMatchObject({ en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文' });
    }
  });
});
