/**
 * A .journey file's problem in the reader's language, for the app: the words of its code from
 * fileProblem.* through the caller's translate (the UI language), its path as it is (a field
 * path, the same in every language). A problem without a code, or with a value this cannot name,
 * keeps its English message, which is also what the command line prints.
 */
import type { Translate } from '../i18n/translator';
import type { Problem } from './types';

/** The kinds of wrong value the catalogues name (fileProblem.actual.*): those JSON can hold. */
const ACTUAL_KINDS: ReadonlySet<string> = new Set(['null', 'list', 'object', 'text', 'number', 'boolean']);
/** The types a required field's problem names (fileProblem.typeName.*), as zod names them. */
const TYPE_NAMES: ReadonlySet<string> = new Set(['string', 'number', 'boolean', 'object', 'array']);
/** The field types the catalogues name (fileProblem.expected.*). */
const EXPECTED_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'boolean', 'object', 'list']);

/** What the problem says, in the reader's words. */
export function problemMessageIn(problem: Problem, t: Translate): string {
  if (!problem.code) return problem.message;
  const values: Record<string, string | number> = { ...problem.values };
  if (typeof values.actualKind === 'string') {
    if (!ACTUAL_KINDS.has(values.actualKind)) return problem.message;
    values.actualText = t(`fileProblem.actual.${values.actualKind}`, {
      actual: values.actual ?? '',
      kind: values.actualKind,
    });
  }
  if (problem.code === 'required' && typeof values.expected === 'string') {
    if (TYPE_NAMES.has(values.expected)) values.expected = t(`fileProblem.typeName.${values.expected}`);
  } else if (typeof values.expected === 'string') {
    const type = values.expected === 'array' ? 'list' : values.expected;
    if (EXPECTED_TYPES.has(type)) values.expectedText = t(`fileProblem.expected.${type}`);
    // "must be a …" needs the type's name with its article; a type not listed stays English.
    else return problem.message;
  }
  return t(`fileProblem.${problem.code}`, values);
}

/** `path: message` in the reader's words (the path unchanged). */
export function problemIn(problem: Problem, t: Translate): string {
  const message = problemMessageIn(problem, t);
  return problem.path ? `${problem.path}${t('fileProblem.colon')}${message}` : message;
}
