/**
 * Import: other tools' files to a version 2 journey (docs/import.md). Each format has its own
 * module; this one picks the format from the name or the content and runs it. Tables (CSV,
 * XLSX) go through a column mapping the app can show and change (readTable, detectMapping,
 * importTable); the other formats import directly.
 */
import type { UiLanguage } from '../i18n/languages';
import { detectMapping, type ColumnMapping } from './columns';
import { parseCsvTable, type TableParse } from './csv';
import { decodeText } from './decode';
import { importMermaid, looksLikeMermaidJourney } from './mermaid';
import { importTable } from './table';
import type { ImportFormat, ImportOptions, ImportProblem, ImportResult, ImportTable } from './types';
import { looksLikeZip, parseXlsxTable } from './xlsx';

export * from './types';
export * from './columns';
export { importTable } from './table';
export { parseCsvTable, parseTsvTable } from './csv';
export { decodeText } from './decode';
export { importMermaid, looksLikeMermaidJourney, decodeMermaidEntities } from './mermaid';
export { MAX_IMPORT_BYTES } from './limits';
export { pastedCells, looksLikeCells, HEADERLESS_PASTE_FIELDS, type PastedCells } from './paste';
export { fragmentFromCells, type CellsFragment } from './pasteFragment';
export type { ImportPreview } from './preview';
export { importProblemIn, importProblemMessageIn, importProblemPlaceIn } from './problemText';

const EXTENSIONS: Record<string, ImportFormat> = {
  csv: 'csv',
  tsv: 'csv',
  xlsx: 'xlsx',
  mmd: 'mermaid',
  mermaid: 'mermaid',
  md: 'mermaid',
  ojf: 'ojf',
  yaml: 'ems',
  yml: 'ems',
};

/** The format a file name says, or its bytes: a zip is a workbook, "journey" first a Mermaid diagram. */
export function detectImportFormat(fileName: string, bytes: Uint8Array): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension && Object.hasOwn(EXTENSIONS, extension)) return EXTENSIONS[extension]!;
  if (looksLikeZip(bytes)) return 'xlsx';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (looksLikeMermaidJourney(head)) return 'mermaid';
  if (/^\s*\{/.test(head) && /"(ojf|openJourneyFormat|journey)"/i.test(head)) return 'ojf';
  if (/^\s*(---\s*)?(kind|type|apiVersion)\s*:/m.test(head)) return 'ems';
  if (/[,;\t]/.test(head.split(/\r?\n/)[0] ?? '')) return 'csv';
  return null;
}

export type TableRead = { ok: true; table: ImportTable; notes: string[] } | { ok: false; problems: ImportProblem[] };

/** A CSV or XLSX file as a table, before any mapping (the app's preview starts here). */
export async function readTable(
  format: 'csv' | 'xlsx',
  bytes: Uint8Array,
  lang: UiLanguage = 'en',
): Promise<TableRead> {
  let parsed: TableParse;
  const notes: string[] = [];
  if (format === 'xlsx') parsed = await parseXlsxTable(bytes);
  else {
    const decoded = decodeText(bytes, lang);
    if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
    if (decoded.note) notes.push(decoded.note);
    parsed = parseCsvTable(decoded.text);
  }
  return parsed.ok ? { ok: true, table: parsed.table, notes } : parsed;
}

export interface ImportRequest extends ImportOptions {
  format: ImportFormat;
  /** For tables: the mapping to use instead of the detected one. */
  mapping?: readonly ColumnMapping[];
}

/** A file's bytes to a journey, in the given format. */
export async function importJourney(bytes: Uint8Array, request: ImportRequest): Promise<ImportResult> {
  const { format, mapping, ...options } = request;
  if (format === 'csv' || format === 'xlsx') {
    const read = await readTable(format, bytes, options.lang);
    if (!read.ok) return read;
    const result = importTable(read.table, mapping ?? detectMapping(read.table.header, read.table.rows), options);
    return result.ok ? { ...result, notes: [...read.notes, ...result.notes] } : result;
  }
  const decoded = decodeText(bytes, options.lang);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const notes = decoded.note ? [decoded.note] : [];
  const result = await importText(format, decoded.text, options);
  return result.ok ? { ...result, notes: [...notes, ...result.notes] } : result;
}

async function importText(
  format: 'mermaid' | 'ojf' | 'ems',
  text: string,
  options: ImportOptions,
): Promise<ImportResult> {
  switch (format) {
    case 'mermaid':
      return importMermaid(text, options);
    case 'ojf': {
      const { importOjf } = await import('./ojf');
      return importOjf(text, options);
    }
    case 'ems': {
      const { importEms } = await import('./ems');
      return importEms(text, options);
    }
  }
}
