/**
 * What every importer gives back: a whole version 2 journey with notes on what was dropped or
 * guessed, or every problem found, never a partial journey (docs/import.md).
 */
import type { JourneyV2 } from '../model/v2';
import type { UiLanguage } from '../i18n/languages';

export const IMPORT_FORMATS = ['csv', 'xlsx', 'mermaid', 'ojf', 'ems'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One bad line, row or cell. `line` counts from 1 in the file (a table's header is line 1). */
export interface ImportProblem {
  line?: number;
  /** The column as the file names it (its header), for tables. */
  column?: string;
  /** The offending value, shortened for display. */
  value?: string;
  /** English, as the command line prints it. */
  message: string;
  /** For the app: the catalogue key under importProblem.* and its values, to say it in the UI language. */
  code?: string;
  values?: Record<string, string | number>;
}

/** One row of a table and the line of the file it starts on (the header is line 1). */
export interface TableRow {
  line: number;
  cells: string[];
}

export interface ImportTable {
  header: string[];
  rows: TableRow[];
}

export type ImportResult = { ok: true; journey: JourneyV2; notes: string[] } | { ok: false; problems: ImportProblem[] };

export interface ImportOptions {
  /** The language of the names the importer makes up (the lane's, a default stage's or persona's). */
  lang?: UiLanguage;
  /** The journey's title when the file has none (e.g. the file name without its extension). */
  title?: string;
  /** Fixed time for createdAt and updatedAt (tests). */
  now?: Date;
}

const SHOWN_VALUE_LENGTH = 60;

/** A value as a problem shows it: quoted, on one line, at most 60 characters. */
export function shownValue(value: string): string {
  const flat = value.replace(/[\r\n\t]+/g, ' ');
  return flat.length > SHOWN_VALUE_LENGTH ? `${flat.slice(0, SHOWN_VALUE_LENGTH - 1)}…` : flat;
}

/** Where a problem is: `line 4, column "Emotion", value "7"`; empty when the file as a whole is meant. */
export function importProblemPlace(problem: ImportProblem): string {
  return [
    problem.line === undefined ? '' : `line ${problem.line}`,
    problem.column === undefined ? '' : `column "${shownValue(problem.column)}"`,
    problem.value === undefined ? '' : `value "${shownValue(problem.value)}"`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** `line 4, column "Emotion", value "7": emotion must be ...` */
export function formatImportProblem(problem: ImportProblem): string {
  const where = importProblemPlace(problem);
  return where === '' ? problem.message : `${where}: ${problem.message}`;
}

export function problem(message: string, where: Omit<ImportProblem, 'message'> = {}): ImportResult {
  return { ok: false, problems: [{ ...where, message }] };
}
