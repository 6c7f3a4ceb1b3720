/**
 * The --lang flag of `report` and `export`: the language of a report's and a map's words
 * (headings, table headers, warnings, built-in channel, tier and KPI names, dates). English
 * when absent; the user's own text is never translated, and the JSON contract stays English.
 */
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/i18n/languages';
import { reportWordsFor, type ReportWords } from '../../../shared/report';
import { CliFailure, stringOption, type CliContext, type CliOption } from '../contract';

export const REPORT_LANG_OPTION: CliOption = {
  type: 'string',
  value: UI_LANGUAGES.join('|'),
  description: 'the language of the words around your text (default: en); JSON stays English',
};

export function uiLanguageOption(ctx: CliContext, name = 'lang'): UiLanguage {
  const value = stringOption(ctx, name);
  if (value === undefined) return 'en';
  if ((UI_LANGUAGES as readonly string[]).includes(value)) return value as UiLanguage;
  throw new CliFailure(`unknown language "${value}"; choose one of: ${UI_LANGUAGES.join(', ')}`);
}

export function reportWordsOption(ctx: CliContext): ReportWords {
  return reportWordsFor(uiLanguageOption(ctx));
}
