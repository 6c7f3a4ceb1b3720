/**
 * An import problem in the reader's language, for the app: its words from importProblem.*
 * through the caller's translate (the UI language), the place (line, column, value) too. A
 * problem without a code (a file-level one, such as invalid bytes) keeps its English message.
 */
import type { Translate } from '../i18n/translator';
import { shownValue, type ImportProblem } from './types';

/** Where the problem is, in the reader's words: `第 3 行，列“情绪”，值“9”`. */
export function importProblemPlaceIn(problem: ImportProblem, t: Translate): string {
  return [
    problem.line === undefined ? '' : t('importProblem.place.line', { line: problem.line }),
    problem.column === undefined ? '' : t('importProblem.place.column', { column: shownValue(problem.column) }),
    problem.value === undefined ? '' : t('importProblem.place.value', { value: shownValue(problem.value) }),
  ]
    .filter(Boolean)
    .join(t('importProblem.place.separator'));
}

/** What the problem says, in the reader's words. */
export function importProblemMessageIn(problem: ImportProblem, t: Translate): string {
  if (!problem.code) return problem.message;
  const values = { ...problem.values };
  // A field is named in the reader's language, not by the English word in the message.
  if (typeof values.fieldId === 'string') values.field = t(`importDialog.field.${values.fieldId}`);
  return t(`importProblem.${problem.code}`, values);
}

export function importProblemIn(problem: ImportProblem, t: Translate): string {
  const place = importProblemPlaceIn(problem, t);
  const message = importProblemMessageIn(problem, t);
  return place === '' ? message : `${place}${t('importProblem.place.colon')}${message}`;
}
