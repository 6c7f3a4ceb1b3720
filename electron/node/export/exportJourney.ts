/**
 * The Node host of the export pipeline (shared/export): the command line, and the Electron
 * main process should it export headless. The pipeline makes the text and decides the PNG's
 * scale and the PDF's pages; this file only rasterises with resvg, writes PDFs with pdfkit and
 * names the files. Building an export and writing it are separate so callers can check every
 * target path first.
 */
import {
  CSV_FILE_BOM,
  DEFAULT_EXPORT_OPTION_VALUES,
  csvTablePaths,
  prepareExport,
  type ExportFormat,
  type ExportOptionValues,
} from '../../../shared/export';
import type { Journey } from '../../../shared/model';
import type { MapBands } from '../../../shared/render';
import { ENGLISH_REPORT_WORDS, type ReportWords } from '../../../shared/report';

export interface ExportOptions extends Partial<ExportOptionValues> {
  format: ExportFormat;
  /** Date in the PDF header and the HTML report. Default: today. */
  date?: Date;
  /** The words of the map and the report. Default: English, from the English catalogue (as the app's English). */
  words?: ReportWords;
  /** The map's pain-point and opportunity bands. Default: none. */
  bands?: MapBands;
}

export interface ExportFile {
  path: string;
  data: string | Uint8Array;
}

export interface ExportResult {
  files: ExportFile[];
  /** Things the user should know, e.g. that a PNG was scaled down. */
  notices: string[];
}

/** The files a format writes for `--out path`: CSV writes two tables beside each other. */
export function exportPaths(outPath: string, format: ExportFormat): string[] {
  return format === 'csv' ? csvTablePaths(outPath) : [outPath];
}

/** Throws ExportRefusedError (from shared/export) when the export cannot be made as asked. */
export async function buildExport(journey: Journey, outPath: string, request: ExportOptions): Promise<ExportResult> {
  const { format, date, words, bands, ...given } = request;
  const options = { ...DEFAULT_EXPORT_OPTION_VALUES, ...definedOnly(given) };
  const prepared = prepareExport(journey, {
    format,
    options,
    words: words ?? ENGLISH_REPORT_WORDS,
    date: date ?? new Date(),
    ...(bands ? { bands } : {}),
  });
  const one = (data: string | Uint8Array, notices: string[] = []): ExportResult => ({
    files: [{ path: outPath, data }],
    notices,
  });
  switch (prepared.format) {
    case 'svg':
    case 'html':
    case 'md':
    case 'json':
      return one(prepared.text);
    case 'png': {
      // Loaded on demand: the rasteriser and font code would slow every other command's start.
      const { renderPng } = await import('./png');
      const png = await renderPng(prepared.map, options.scale);
      return one(png.data, png.notices);
    }
    case 'pdf': {
      const { renderPdf } = await import('./pdf');
      const pdf = await renderPdf(
        { parts: prepared.parts, document: prepared.document, words: words ?? ENGLISH_REPORT_WORDS },
        prepared.pdf,
      );
      return one(pdf.data, pdf.notices);
    }
    case 'csv': {
      const [touchpoints, painPoints] = csvTablePaths(outPath);
      return {
        files: [
          { path: touchpoints, data: CSV_FILE_BOM + prepared.tables.touchpoints },
          { path: painPoints, data: CSV_FILE_BOM + prepared.tables.painPoints },
        ],
        notices: [],
      };
    }
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
