/**
 * The words of a table import's problems, from the i18n catalogues (importProblem.*): English
 * in `message` (the command line's, like the loader's problems), and a code with its values so
 * the app can say the same in the UI language (renderer/import/problemText.ts).
 */
import { englishTranslator } from '../i18n/translator';
import type { ImportProblem } from './types';

export type ProblemValues = Record<string, string | number>;

/** A problem's code, values and English message. */
export function coded(code: string, values: ProblemValues = {}): Pick<ImportProblem, 'code' | 'values' | 'message'> {
  return { code, values, message: englishTranslator(`importProblem.${code}`, values) };
}

/** An import field as the English message names it (the app puts its own language's name in). */
export function englishFieldName(field: string): string {
  return englishTranslator(`importDialog.field.${field}`).toLowerCase();
}
