/**
 * The one export pipeline. From a journey, a format and its options it makes everything
 * that is text (the map SVG, the HTML, Markdown, CSV and JSON reports) and decides the PNG's
 * scale and the PDF's pages; the host then only rasterises (resvg in Node, a canvas in the
 * app) or writes the PDF. The app and the command line both call prepareExport, so the same
 * journey, options, labels and date give the same export.
 */
import type { Journey } from '../model/types';
import {
  renderJourneySvg,
  renderMapParts,
  stripInvalidXmlChars,
  type MapBands,
  type MapLabels,
  type MapSvg,
} from '../render';
import {
  buildReportDocument,
  computeReport,
  renderReportCsv,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  type ReportBlock,
  type ReportCsv,
  type ReportWords,
  reportDate,
} from '../report';
import type { ExportFormat } from './formats';
import { ExportRefusedError } from './messages';
import { optionsForFormat, type ExportBackground, type ExportOptionValues } from './options';
import type { Orientation, PageSize } from './pageSizes';
import { MAX_PDF_PAGES, readableMapWidth, tiledPageCount } from './pdfLayout';
import { planRaster, type RasterPlan } from './raster';

export interface ExportRequest {
  format: ExportFormat;
  /** Resolved options (see resolveExportOptions); those the format does not take are ignored. */
  options: ExportOptionValues;
  /** The words of the export in the UI language (reportWordsFrom): the map's labels and the report's. */
  words: ReportWords;
  /** Shown in the HTML report and the PDF header. */
  date: Date;
  /** The map's pain-point and opportunity bands: in the app what the map shows. Default none. */
  bands?: MapBands;
}

export interface PdfSpec {
  page: PageSize;
  orientation: Orientation;
  tile: boolean;
  /** The title for the header and the document info, safe for every PDF writer. */
  title: string;
  /** The date in the words' language: YYYY-MM-DD in English (reportDate). */
  date: string;
}

/** A part of the map printed on its own page(s), with the line that heads it. */
export interface PdfMapPart {
  map: MapSvg;
  caption: string;
}

export type PreparedExport =
  | { format: 'svg'; map: MapSvg; text: string }
  | { format: 'png'; map: MapSvg; raster: Extract<RasterPlan, { ok: true }> }
  | {
      format: 'pdf';
      /** The whole map, as a preview shows it. */
      map: MapSvg;
      /** What the map pages print: its parts (stages split so text stays readable), or the whole map to tile. */
      parts: PdfMapPart[];
      /** The findings, on the pages after the map. */
      document: ReportBlock[];
      pdf: PdfSpec;
    }
  | { format: 'html' | 'md' | 'json'; text: string }
  | { format: 'csv'; tables: ReportCsv };

/** Local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const BACKGROUND_FILL: Record<ExportBackground, string | null | undefined> = {
  page: undefined, // the theme's page colour
  white: '#ffffff',
  transparent: null,
};

/** The map as a format draws it: its theme, and for PNG and SVG the chosen background. */
export function exportMapSvg(
  journey: Journey,
  format: 'png' | 'svg' | 'pdf',
  options: ExportOptionValues,
  labels: MapLabels,
  bands: MapBands = {},
): MapSvg {
  const background = format === 'pdf' ? undefined : BACKGROUND_FILL[options.background];
  return renderJourneySvg(journey, {
    theme: options.theme,
    labels,
    // A PDF's pages carry the title; its findings pages the persona.
    layers: format === 'pdf' ? { ...bands, header: false } : bands,
    ...(background === undefined ? {} : { background }),
  });
}

/** The map pages of a PDF: the whole map to tile, or its readable parts, each with its heading. */
function pdfMapParts(
  journey: Journey,
  map: MapSvg,
  options: ExportOptionValues,
  words: ReportWords,
  bands: MapBands,
): PdfMapPart[] {
  const t = words.translate;
  if (options.tile) return [{ map, caption: t('reportDoc.journeyMap') }];
  const parts = renderMapParts(journey, readableMapWidth(options.page, options.orientation, map.height), {
    theme: options.theme,
    labels: words.map,
    layers: bands,
  });
  const count = journey.stages.length;
  return parts.map(({ map: part, stages }) => ({
    map: part,
    caption:
      parts.length === 1
        ? t('reportDoc.journeyMap')
        : stages.first === stages.last
          ? t('reportDoc.mapOnePart', { first: stages.first + 1, count })
          : t('reportDoc.mapPart', { first: stages.first + 1, last: stages.last + 1, count }),
  }));
}

/**
 * Text a PDF writer can take: lone surrogates (valid in a JSON string, not in UTF-16 text)
 * make pdfkit throw "URI malformed", and control characters have no glyph.
 */
export function pdfSafeText(text: string): string {
  return stripInvalidXmlChars(text);
}

export function prepareExport(journey: Journey, request: ExportRequest): PreparedExport {
  const { format, words } = request;
  const labels = words.map;
  const bands = request.bands ?? {};
  // Only the options this format takes, each checked against the matrix.
  const options = optionsForFormat(format, request.options);
  const date = reportDate(request.date, words, isoDate(request.date));
  switch (format) {
    case 'svg': {
      const map = exportMapSvg(journey, 'svg', options, labels, bands);
      return { format, map, text: map.svg };
    }
    case 'png': {
      const map = exportMapSvg(journey, 'png', options, labels, bands);
      const raster = planRaster(map.width, map.height, options.scale);
      if (!raster.ok) throw new ExportRefusedError(raster.refusal);
      return { format, map, raster };
    }
    case 'pdf': {
      const map = exportMapSvg(journey, 'pdf', options, labels, bands);
      const pages = options.tile ? tiledPageCount(map, options.page, options.orientation) : 1;
      if (pages > MAX_PDF_PAGES) {
        throw new ExportRefusedError({
          key: 'export.pdfTooManyPages',
          values: { width: Math.round(map.width), height: Math.round(map.height), pages, maximum: MAX_PDF_PAGES },
        });
      }
      const report = computeReport(journey);
      return {
        format,
        map,
        parts: pdfMapParts(journey, map, options, words, bands),
        document: buildReportDocument(journey, report, words, { theme: options.theme }),
        pdf: {
          page: options.page,
          orientation: options.orientation,
          tile: options.tile,
          title: pdfSafeText(journey.title.trim()) || words.map.untitled,
          date,
        },
      };
    }
    case 'html':
      return {
        format,
        text: renderReportHtml(journey, computeReport(journey), {
          theme: options.theme,
          words,
          generatedAt: date,
          bands,
        }),
      };
    case 'md':
      return { format, text: renderReportMarkdown(journey, computeReport(journey), words) };
    case 'json':
      return { format, text: renderReportJson(computeReport(journey)) };
    case 'csv':
      return { format, tables: renderReportCsv(journey, computeReport(journey), words) };
  }
}

/** The files a CSV export named `outPath` writes: its two tables side by side. */
export function csvTablePaths(outPath: string): [string, string] {
  const base = outPath.replace(/\.csv$/i, '');
  return [`${base}.touchpoints.csv`, `${base}.pain-points.csv`];
}

/** UTF-8 byte-order mark: lets spreadsheets read Chinese in a CSV file correctly. */
export const CSV_FILE_BOM = '\uFEFF';
