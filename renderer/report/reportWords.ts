/**
 * The report's words in the UI language, from i18next: what the report view's charts draw and
 * what every export says (the map's labels, the report document's words). Users' own text is
 * never translated.
 */
import type { TFunction } from 'i18next';
import type { Translate } from '../../shared/i18n/translate';
import { reportWordsFrom, type ReportWords } from '../../shared/report';

export function translateWith(t: TFunction): Translate {
  return (key, values) => t(key, values ?? {});
}

export function reportWords(t: TFunction, language: string): ReportWords {
  return reportWordsFrom(translateWith(t), language);
}
