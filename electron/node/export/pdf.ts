/**
 * Vector PDF of the map with pdfkit and svg-to-pdfkit: the same SVG as every other export,
 * its text kept as text (searchable, Chinese included through the CJK font), a header with
 * the title and date on each page, and overlap and crop marks when tiled.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import {
  PDF_MARGIN,
  PDF_HEADER_HEIGHT,
  TILE_OVERLAP,
  pdfSafeText,
  planPdfPages,
  type PdfPlan,
  type PdfSpec,
  type PdfTile,
} from '../../../shared/export';
import type { MapSvg } from '../../../shared/render';
import { MISSING_CJK_FONT_NOTICE, findExportFonts } from './fonts';

/** Page size, orientation, tiling, title and date (YYYY-MM-DD), as the export pipeline prepares them. */
export type PdfOptions = PdfSpec;

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

function header(
  doc: PDFKit.PDFDocument,
  plan: PdfPlan,
  options: PdfOptions,
  fonts: { regular: string; bold: string },
  pageLabel: string,
): void {
  const width = plan.pageWidth - 2 * PDF_MARGIN;
  const dateText = pageLabel ? `${options.date} · ${pageLabel}` : options.date;
  doc.font(fonts.regular).fontSize(9).fillColor('#52525b');
  const dateWidth = doc.widthOfString(dateText);
  doc.text(dateText, PDF_MARGIN + width - dateWidth, PDF_MARGIN + 3, { lineBreak: false });
  doc.font(fonts.bold).fontSize(13).fillColor('#18181b');
  doc.text(options.title, PDF_MARGIN, PDF_MARGIN, {
    width: width - dateWidth - 16,
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
function tileMarks(doc: PDFKit.PDFDocument, tile: PdfTile, fonts: { regular: string }): void {
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
  doc.text(
    'Dashed line: where the next page continues the map. Trim at the crop marks and overlap the pages up to the dashed lines.',
    x + 18, // clear of the crop mark below the corner
    y + height + 6,
    { width: width - 36, lineBreak: false, ellipsis: true },
  );
}

export async function renderPdf(map: MapSvg, spec: PdfOptions): Promise<PdfResult> {
  // The pipeline already made the title safe; callers that build a spec by hand get the same.
  const options = { ...spec, title: pdfSafeText(spec.title) };
  const plan = planPdfPages(map, options.page, options.orientation, options.tile);
  const doc = new PDFDocument({
    size: [plan.pageWidth, plan.pageHeight],
    margin: 0,
    autoFirstPage: false,
    info: { Title: options.title, Creator: 'Journey Studio' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = registerFonts(doc);
  const total = plan.tiles.length;
  plan.tiles.forEach((tile, index) => {
    doc.addPage();
    const label = total > 1 ? `page ${index + 1} of ${total} (row ${tile.row + 1}, column ${tile.column + 1})` : '';
    header(doc, plan, options, fonts, label);
    const { x, y, width, height } = tile.content;
    doc.save().rect(x, y, width, height).clip();
    // Scale here and let one SVG unit be one point: the plan's scale is then exact.
    doc.translate(tile.mapOrigin.x, tile.mapOrigin.y).scale(plan.scale);
    SVGtoPDF(doc, map.svg, 0, 0, {
      assumePt: true,
      fontCallback: (_family, bold) => (bold ? fonts.bold : fonts.regular),
    });
    doc.restore();
    if (total > 1) tileMarks(doc, tile, fonts);
  });
  doc.end();
  await finished;
  return { data: Buffer.concat(chunks), pages: total, notices: fonts.notices };
}
