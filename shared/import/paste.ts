/**
 * Cells copied from a spreadsheet (tab-separated text on the clipboard) as a table, with or
 * without a header row. With a header the columns are understood as an imported file's are
 * (columns.ts). Without one (no cell of the first row names a field) the columns are, in order:
 * touchpoint title, channel, tier, emotion, pain point, severity, description; extra columns are
 * not used. The rows' line numbers count the first pasted row as line 1.
 */
import { detectMapping, fieldOfHeader, type ColumnMapping, type ImportField } from './columns';
import { parseTsvTable } from './csv';
import type { ImportProblem, ImportTable } from './types';

/** The columns of pasted cells that have no header row. */
export const HEADERLESS_PASTE_FIELDS: readonly ImportField[] = [
  'title',
  'channel',
  'tier',
  'emotion',
  'painPoint',
  'severity',
  'description',
];

export type PastedCells =
  | { ok: true; table: ImportTable; mapping: ColumnMapping[]; hasHeader: boolean }
  | { ok: false; problems: ImportProblem[] };

export { looksLikeCells } from './looksLikeCells';

export function pastedCells(text: string): PastedCells {
  const parsed = parseTsvTable(text);
  if (!parsed.ok) return parsed;
  const { header, rows } = parsed.table;
  const hasHeader = header.some((cell) => fieldOfHeader(cell) === 'title');
  if (hasHeader) return { ok: true, table: parsed.table, mapping: detectMapping(header, rows), hasHeader };
  // No header: the first row is a row too, and each column has its place in the list.
  const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
  const names = Array.from({ length: width }, (_, i) => HEADERLESS_PASTE_FIELDS[i] ?? 'ignore');
  const table: ImportTable = {
    header: names.map((field, i) => (field === 'ignore' ? `#${i + 1}` : field)),
    rows: [{ line: 1, cells: header }, ...rows.map((r) => ({ line: r.line, cells: r.cells }))],
  };
  const mapping: ColumnMapping[] = names.map((field, index) => ({
    index,
    header: table.header[index]!,
    field,
    confidence: field === 'ignore' ? 'none' : 'values',
  }));
  return { ok: true, table, mapping, hasHeader };
}
