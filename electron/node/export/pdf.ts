/**
 * Vector PDF with pdfkit: the map first, from the same SVG as every other export, drawn by
 * mapSvgPdf.ts (svg-to-pdfkit for anything it does not read), with its text kept as text
 * (searchable, Chinese included through the CJK font), then
 * the findings (pdfDocument.ts). The map is printed in parts split between stages so its text
 * stays readable (shared/export), one part a page at one scale, or tiled at natural size with
 * overlap and crop marks. Every page has a header with the title, the date and its number.
 */
import PDFDocument from 'pdfkit';
import {
  PDF_MARGIN,
  PDF_HEADER_HEIGHT,
  TILE_OVERLAP,
  pdfSafeText,
  planMapPartPages,
  planPdfPages,
  type PdfMapPart,
  type PdfSpec,
  type PdfTile,
} from '../../../shared/export';
import { ENGLISH_REPORT_WORDS, type ReportBlock, type ReportWords } from '../../../shared/report';
import type { MapSvg } from '../../../shared/render';
import { MISSING_CJK_FONT_NOTICE, findExportFonts } from './fonts';
import { drawMapSvg, parseMapSvg, type MapDrawing } from './mapSvgPdf';
import { batchPageContent } from './pdfContentBatch';
import { PdfDocumentWriter, textFeatures } from './pdfDocument';
import { filterLookupStarts } from './lookupStartFilter';
import { onFontChange } from './pdfFontHook';
import { cacheFeatureLayouts } from './pdfLayoutCache';
import { openShapingCache, storeShaping } from './shapingCache';

/** Page size, orientation, tiling, title and date (YYYY-MM-DD), as the export pipeline prepares them. */
export type PdfOptions = PdfSpec;

/** What a PDF holds: the map (its parts, or the whole map to tile) and the findings after it. */
export interface PdfContent {
  parts: readonly PdfMapPart[];
  document?: readonly ReportBlock[];
  /** The words of the headers and tile marks. Default English. */
  words?: ReportWords;
}

export interface PdfResult {
  data: Buffer;
  pages: number;
  notices: string[];
}

const MARK = '#71717a';

function registerFonts(doc: PDFKit.PDFDocument): { regular: string; bold: string; notices: string[] } {
  const fonts = findExportFonts();
  if (!fonts) return { regular: 'Helvetica', bold: 'Helvetica-Bold', notices: [MISSING_CJK_FONT_NOTICE] };
  doc.registerFont('map-regular', fonts.primary.regular.path, fonts.primary.regular.postscriptName);
  doc.registerFont('map-bold', fonts.primary.bold.path, fonts.primary.bold.postscriptName);
  return { regular: 'map-regular', bold: 'map-bold', notices: fonts.cjk ? [] : [MISSING_CJK_FONT_NOTICE] };
}

/** Title on the left; on the right what the page shows, the date and the page number. */
function header(
  doc: PDFKit.PDFDocument,
  options: PdfOptions,
  fonts: { regular: string; bold: string },
  right: string,
): void {
  const pageWidth = doc.page.width;
  const width = pageWidth - 2 * PDF_MARGIN;
  doc.font(fonts.regular).fontSize(9).fillColor('#52525b');
  const rightWidth = Math.min(doc.widthOfString(right, textFeatures(right)), width * 0.6);
  doc.text(right, PDF_MARGIN + width - rightWidth, PDF_MARGIN + 3, {
    ...textFeatures(right),
    width: rightWidth,
    lineBreak: false,
    ellipsis: true,
  });
  doc.font(fonts.bold).fontSize(13).fillColor('#18181b');
  doc.text(options.title, PDF_MARGIN, PDF_MARGIN, {
    ...textFeatures(options.title),
    width: width - rightWidth - 16,
    height: 18,
    ellipsis: true,
    lineBreak: false,
  });
  const lineY = PDF_MARGIN + PDF_HEADER_HEIGHT - 8;
  doc
    .moveTo(PDF_MARGIN, lineY)
    .lineTo(PDF_MARGIN + width, lineY)
    .lineWidth(0.5)
    .strokeColor('#d4d4d8')
    .stroke();
}

/** Dashed lines where the next tile's content starts, corner crop marks, and a line saying so. */
function tileMarks(doc: PDFKit.PDFDocument, tile: PdfTile, fonts: { regular: string }, hint: string): void {
  const { x, y, width, height } = tile.content;
  doc.save().lineWidth(0.5).strokeColor(MARK);
  doc.dash(3, { space: 3 });
  if (tile.hasRight)
    doc
      .moveTo(x + width - TILE_OVERLAP, y)
      .lineTo(x + width - TILE_OVERLAP, y + height)
      .stroke();
  if (tile.hasBelow)
    doc
      .moveTo(x, y + height - TILE_OVERLAP)
      .lineTo(x + width, y + height - TILE_OVERLAP)
      .stroke();
  doc.undash();
  const len = 10;
  const gap = 3;
  for (const [cx, cy, dx, dy] of [
    [x, y, -1, -1],
    [x + width, y, 1, -1],
    [x, y + height, -1, 1],
    [x + width, y + height, 1, 1],
  ] as const) {
    doc
      .moveTo(cx + dx * gap, cy)
      .lineTo(cx + dx * (gap + len), cy)
      .stroke();
    doc
      .moveTo(cx, cy + dy * gap)
      .lineTo(cx, cy + dy * (gap + len))
      .stroke();
  }
  doc.restore();
  doc.font(fonts.regular).fontSize(8).fillColor(MARK);
  // Clear of the crop mark below the corner.
  doc.text(hint, x + 18, y + height + 6, { width: width - 36, lineBreak: false, ellipsis: true });
}

/** A page of the map: which SVG, where, at what scale, and what its header says. */
interface MapPage {
  map: MapSvg;
  origin: { x: number; y: number };
  scale: number;
  clip: { x: number; y: number; width: number; height: number };
  tile?: PdfTile;
  caption: string;
}

function mapPages(content: PdfContent, options: PdfOptions): { size: [number, number]; pages: MapPage[] } {
  const { parts } = content;
  if (options.tile) {
    // Tiling prints one whole map at natural size; the pipeline hands it over as the only part.
    const part = parts[0]!;
    const plan = planPdfPages(part.map, options.page, options.orientation, true);
    return {
      size: [plan.pageWidth, plan.pageHeight],
      pages: plan.tiles.map((tile) => ({
        map: part.map,
        origin: tile.mapOrigin,
        scale: plan.scale,
        clip: tile.content,
        tile,
        caption: part.caption,
      })),
    };
  }
  const plan = planMapPartPages(
    parts.map((p) => p.map),
    options.page,
    options.orientation,
  );
  return {
    size: [plan.pageWidth, plan.pageHeight],
    pages: plan.pages.map((page) => ({
      map: parts[page.part]!.map,
      origin: page.mapOrigin,
      scale: plan.scale,
      clip: page.content,
      caption: parts[page.part]!.caption,
    })),
  };
}

/**
 * Draws the map's and the charts' SVGs: each read once, however many pages (tiles) print it,
 * and drawn straight into pdfkit (mapSvgPdf.ts); svg-to-pdfkit, loaded only then, draws any
 * SVG that holds something else.
 */
async function svgDrawer(
  doc: PDFKit.PDFDocument,
  fonts: { regular: string; bold: string },
  svgs: readonly string[],
): Promise<(svg: string) => void> {
  const drawings = new Map<string, MapDrawing | null>();
  for (const svg of svgs) if (!drawings.has(svg)) drawings.set(svg, parseMapSvg(svg));
  const SVGtoPDF = [...drawings.values()].includes(null) ? (await import('svg-to-pdfkit')).default : null;
  const svgFont = (_family: string, bold: boolean) => (bold ? fonts.bold : fonts.regular);
  return (svg) => {
    const drawing = drawings.has(svg) ? drawings.get(svg)! : parseMapSvg(svg);
    if (drawing) drawMapSvg(doc, drawing, fonts);
    else if (SVGtoPDF) SVGtoPDF(doc, svg, 0, 0, { assumePt: true, fontCallback: svgFont });
    else throw new Error('an SVG appeared that was not read beforehand');
  };
}

/**
 * The PDF of a map: `content` from the export pipeline (map parts and findings), or one map
 * SVG alone (fitted on one page, or tiled).
 */
export async function renderPdf(content: MapSvg | PdfContent, spec: PdfOptions): Promise<PdfResult> {
  const what: PdfContent = 'svg' in content ? { parts: [{ map: content, caption: '' }] } : content;
  const words = what.words ?? ENGLISH_REPORT_WORDS;
  // The pipeline already made the title safe; callers that build a spec by hand get the same.
  const options = { ...spec, title: pdfSafeText(spec.title) };
  const { size, pages } = mapPages(what, options);
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: false,
    // Headers are written last, when the number of pages is known.
    bufferPages: true,
    info: { Title: options.title, Creator: 'Journey Studio' },
  });
  batchPageContent(doc);
  // Each string is shaped once, however often it is measured and drawn, and strings shaped by
  // an earlier export are not shaped again.
  cacheFeatureLayouts(doc);
  // Shaping what is not in the cache skips the subtables a glyph cannot start (identical output).
  onFontChange(doc, (font) => filterLookupStarts(font.font));
  const exportFonts = findExportFonts();
  const shaping = exportFonts ? openShapingCache(exportFonts) : null;
  if (shaping) storeShaping(doc, shaping);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = registerFonts(doc);
  const drawSvg = await svgDrawer(doc, fonts, [
    ...pages.map((page) => page.map.svg),
    ...(what.document ?? []).flatMap((block) => (block.kind === 'charts' ? block.charts.map((c) => c.svg) : [])),
  ]);
  for (const page of pages) {
    doc.addPage({ size, margin: 0 });
    const { x, y, width, height } = page.clip;
    doc.save().rect(x, y, width, height).clip();
    // Scale here and let one SVG unit be one point: the plan's scale is then exact.
    doc.translate(page.origin.x, page.origin.y).scale(page.scale);
    drawSvg(page.map.svg);
    doc.restore();
    if (page.tile && pages.length > 1) tileMarks(doc, page.tile, fonts, words.translate('reportDoc.tileHint'));
  }
  if (what.document && what.document.length > 0) {
    const top = PDF_MARGIN + PDF_HEADER_HEIGHT;
    doc.addPage({ size, margins: { top, bottom: PDF_MARGIN, left: PDF_MARGIN, right: PDF_MARGIN } });
    new PdfDocumentWriter(doc, fonts, drawSvg).write(what.document);
  }
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const page = pages[i - start];
    const number =
      count === 1
        ? ''
        : page?.tile && pages.length > 1
          ? words.translate('reportDoc.tilePage', {
              page: i + 1,
              pages: count,
              row: page.tile.row + 1,
              column: page.tile.column + 1,
            })
          : words.translate('reportDoc.page', { page: i + 1, pages: count });
    header(doc, options, fonts, [page?.caption ?? '', options.date, number].filter(Boolean).join(' · '));
  }
  doc.end();
  await finished;
  shaping?.save();
  return { data: Buffer.concat(chunks), pages: count, notices: fonts.notices };
}
