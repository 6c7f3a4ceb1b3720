/**
 * Headless exports of a journey (CLI now, the Electron main process later): the map as
 * PNG, SVG or PDF, and the CX report as HTML, Markdown, CSV or JSON. Building an export and
 * writing it are separate so callers can check every target path first.
 */
import {
  computeReport,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  renderReportCsv,
} from '../../../shared/report';
import { renderJourneySvg, type MapTheme } from '../../../shared/render';
import type { Journey } from '../../../shared/model';
import { writeFileAtomically } from '../journeyFiles';
import type { Orientation, PageSize } from './pdfLayout';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'html', 'md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const MIN_SCALE = 0.25;
export const MAX_SCALE = 4;

export interface ExportOptions {
  format: ExportFormat;
  /** PNG only: 1, 2, 4 or anything from 0.25 to 4. Default 1. */
  scale?: number;
  /** PNG and SVG: white or transparent. Default: the theme's page colour (white in light). */
  background?: 'white' | 'transparent';
  theme?: MapTheme;
  page?: PageSize;
  orientation?: Orientation;
  /** PDF: tile the map across pages at natural size instead of fitting it on one. */
  tile?: boolean;
  /** Date in the PDF header and the HTML report. Default: today. */
  date?: Date;
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
  if (format !== 'csv') return [outPath];
  const base = outPath.replace(/\.csv$/i, '');
  return [`${base}.touchpoints.csv`, `${base}.pain-points.csv`];
}

/** Local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** UTF-8 byte-order mark: lets Excel read Chinese in a CSV file correctly. */
const BOM = '\uFEFF';

export async function buildExport(journey: Journey, outPath: string, options: ExportOptions): Promise<ExportResult> {
  const theme = options.theme ?? 'light';
  const background =
    options.background === 'transparent' ? null : options.background === 'white' ? '#ffffff' : undefined;
  const date = isoDate(options.date ?? new Date());
  const [path, secondPath] = exportPaths(outPath, options.format) as [string, string?];
  const one = (data: string | Uint8Array, notices: string[] = []): ExportResult => ({
    files: [{ path, data }],
    notices,
  });
  switch (options.format) {
    case 'svg':
      return one(renderJourneySvg(journey, { theme, background }).svg);
    case 'png': {
      // Loaded on demand: the rasteriser and font code would slow every other command's start.
      const { renderPng } = await import('./png');
      const png = await renderPng(renderJourneySvg(journey, { theme, background }), options.scale ?? 1);
      return one(png.data, png.notices);
    }
    case 'pdf': {
      const { renderPdf } = await import('./pdf');
      const map = renderJourneySvg(journey, { theme });
      const pdf = await renderPdf(map, {
        page: options.page ?? 'a4',
        orientation: options.orientation ?? 'landscape',
        tile: options.tile ?? false,
        title: journey.title.trim() || journey.id,
        date,
      });
      return one(pdf.data, pdf.notices);
    }
    case 'html':
      return one(renderReportHtml(journey, computeReport(journey), { map: { theme }, generatedAt: date }));
    case 'md':
      return one(renderReportMarkdown(journey, computeReport(journey)));
    case 'json':
      return one(renderReportJson(computeReport(journey)));
    case 'csv': {
      const tables = renderReportCsv(journey, computeReport(journey));
      return {
        files: [
          { path, data: BOM + tables.touchpoints },
          { path: secondPath!, data: BOM + tables.painPoints },
        ],
        notices: [],
      };
    }
  }
}

/** Writes every file atomically; exports are regenerated at will, so no backups. */
export async function writeExport(result: ExportResult): Promise<void> {
  for (const file of result.files) await writeFileAtomically(file.path, file.data, { backup: false });
}
