/**
 * The words of a report a reader gets (the HTML report, the PDF's findings, the app's print
 * view): a translator over the i18n catalogues and the map's labels from the same catalogue.
 * The app passes its own t and language, the command line English, so an English report is
 * the same from both.
 */
import { formatDate } from '../i18n/format';
import { createTranslator, type Translate } from '../i18n/translate';
import { languageOfTag, type UiLanguage } from '../i18n/languages';
import { channelName } from '../model/catalogues';
import type { Journey } from '../model/types';
import { mapLabelsFrom, type MapLabels } from '../render/labels';

export interface ReportWords {
  /** The language tag of the words, for `<html lang>`. */
  language: string;
  translate: Translate;
  /** The words drawn into the map and the charts. */
  map: MapLabels;
}

export function reportWordsFrom(translate: Translate, language: string): ReportWords {
  return { language, translate, map: mapLabelsFrom(translate) };
}

/** English, from the English catalogue: what the command line writes. */
export const ENGLISH_REPORT_WORDS: ReportWords = reportWordsFrom(createTranslator('en'), 'en');

/** The words of a UI language from its catalogue: the command line's --lang. */
export function reportWordsFor(language: UiLanguage): ReportWords {
  return language === 'en' ? ENGLISH_REPORT_WORDS : reportWordsFrom(createTranslator(language), language);
}

/**
 * The date a report shows, written the reader's way (Intl): "2026年3月1日" in Chinese. English
 * keeps the ISO date (2026-03-01) its reports have always shown, which reads the same everywhere.
 */
export function reportDate(date: Date, words: ReportWords, isoDate: string): string {
  const language = languageOfTag(words.language);
  return language === null || language === 'en' ? isoDate : formatDate(date, words.language, 'date');
}

/** A channel as the reader calls it: a custom channel's own name, else the built-in one in their language. */
export function channelLabel(journey: Journey, words: ReportWords, id: string): string {
  const custom = journey.channels?.find((c) => c.id === id);
  if (custom) return custom.name.trim() || id;
  return Object.hasOwn(words.map.channelNames, id) ? words.map.channelNames[id]! : channelName(id, journey.channels);
}
