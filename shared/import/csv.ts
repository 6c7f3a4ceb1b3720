/**
 * CSV to a table with papaparse (quotes, doubled quotes, newlines inside cells, CRLF, a BOM,
 * any delimiter it can detect: comma, semicolon as European Excel writes, tab), each row with
 * the line of the file it starts on, so problems name the line a spreadsheet shows.
 */
import Papa from 'papaparse';
import { MAX_IMPORT_ROWS } from './limits';
import { coded } from './problemWords';
import type { ImportProblem, ImportTable, TableRow } from './types';

export type TableParse = { ok: true; table: ImportTable } | { ok: false; problems: ImportProblem[] };

/** Lines before `offset` in `text`, plus one. */
function lineCounter(text: string) {
  let at = 0;
  let line = 1;
  return (offset: number) => {
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/**
 * The delimiter the header line uses most: comma, semicolon (Excel where the decimal mark is a
 * comma) or tab. Papaparse's own guess reads the data rows too, where commas in text mislead it.
 */
export function headerDelimiter(source: string): string {
  const header = source.slice(0, source.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

export function parseCsvTable(text: string, delimiter?: string): TableParse {
  const source = text.replace(/^\uFEFF/, '');
  const lineAt = lineCounter(source);
  const records: TableRow[] = [];
  const problems: ImportProblem[] = [];
  let start = 0;
  let tooMany = false;
  Papa.parse<string[]>(source, {
    delimiter: delimiter ?? headerDelimiter(source),
    skipEmptyLines: false,
    step: (result, parser) => {
      const line = lineAt(start);
      start = result.meta.cursor;
      for (const error of result.errors) {
        // "UndetectableDelimiter" only means one column; the rest are real.
        if (error.code !== 'UndetectableDelimiter') problems.push({ line, message: `CSV: ${error.message}` });
      }
      if (records.length > MAX_IMPORT_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      records.push({ line, cells: result.data });
    },
  });
  if (tooMany)
    return {
      ok: false,
      problems: [
        { message: `more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows; an import reads at most that many` },
      ],
    };
  if (problems.length > 0) return { ok: false, problems };
  // A trailing newline gives a last record of one empty cell.
  while (records.length > 0 && records[records.length - 1]!.cells.every((c) => c === '')) records.pop();
  const [header, ...rows] = records;
  if (!header) return { ok: false, problems: [coded('emptyFile')] };
  return { ok: true, table: { header: header.cells.map((c) => c.trim()), rows } };
}

/** Tab-separated cells as a spreadsheet puts them on the clipboard. */
export function parseTsvTable(text: string): TableParse {
  return parseCsvTable(text, '\t');
}
