/**
 * A load problem's words: the English message (what the command line prints, word for word) and,
 * for the app, a code under fileProblem.* in the i18n catalogues with its values, so the app can
 * say the same in the UI language (problemText.ts).
 */
import type { Problem } from './types';

export type Worded = Pick<Problem, 'message' | 'code' | 'values'>;

export function worded(message: string, code?: string, values: Record<string, string | number> = {}): Worded {
  return code === undefined ? { message } : { message, code, values };
}
