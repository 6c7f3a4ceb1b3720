/**
 * An Excel workbook's first sheet to a table with read-excel-file (its universal build, which
 * runs in Node and in the browser). Loaded on first use: the app's start does not carry it.
 * Row numbers are the sheet's, so problems name the row Excel shows (the header is row 1).
 */
import { MAX_CELL_CHARS, MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './limits';
import { overLimitMessage } from '../model/fileLimits';
import type { TableParse } from './csv';
import { coded } from './problemWords';
import type { TableRow } from './types';

/** Does this look like a zip (an .xlsx is one)? */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

export async function parseXlsxTable(bytes: Uint8Array): Promise<TableParse> {
  if (bytes.length > MAX_IMPORT_BYTES)
    return { ok: false, problems: [{ message: overLimitMessage(bytes.length, MAX_IMPORT_BYTES) }] };
  if (!looksLikeZip(bytes)) return { ok: false, problems: [coded('notWorkbook')] };
  const { readSheet } = await import('read-excel-file/universal');
  let data: unknown[][];
  try {
    // A copy: read-excel-file takes an ArrayBuffer, and the bytes may be a view into a bigger one.
    data = (await readSheet(bytes.slice().buffer as ArrayBuffer)) as unknown[][];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [coded('workbookUnreadable', { reason: why })] };
  }
  if (data.length > MAX_IMPORT_ROWS + 1) {
    return {
      ok: false,
      problems: [{ message: `${data.length} rows; an import reads at most ${MAX_IMPORT_ROWS.toLocaleString('en')}` }],
    };
  }
  const rows: TableRow[] = data.map((cells, i) => ({
    line: i + 1,
    cells: cells.slice(0, MAX_IMPORT_COLUMNS + 1).map((c) => cellText(c).slice(0, MAX_CELL_CHARS + 1)),
  }));
  while (rows.length > 0 && rows[rows.length - 1]!.cells.every((c) => c.trim() === '')) rows.pop();
  const [header, ...rest] = rows;
  if (!header) return { ok: false, problems: [coded('emptySheet')] };
  return { ok: true, table: { header: header.cells.map((c) => c.trim()), rows: rest } };
}
