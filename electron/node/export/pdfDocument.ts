/**
 * The report document's blocks (shared/report/reportDocument.ts) typeset with pdfkit on the
 * pages after the map: headings, paragraphs, the persona's facts, the warnings as a list,
 * the charts, and tables that break between rows and repeat their header on each page.
 * Body text is 9.5 pt and nothing is smaller than 8 pt, so every page reads on A4.
 */
import { severityColor } from '../../../shared/layout/tokens';
import type { DocCell, DocColumn, ReportBlock } from '../../../shared/report';

export interface PdfFonts {
  regular: string;
  bold: string;
}

const INK = '#18181b';
const MUTED = '#52525b';
const RULE = '#d4d4d8';
const HEAD_FILL = '#f4f4f5';
const SIZE = { heading: 14, caption: 12, body: 9.5, table: 9, tableHead: 8.5, sub: 8 } as const;
const PAD = 4;

/** Han, kana, hangul and full-width forms: text with them keeps Chinese typography. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Proportional punctuation for text without Chinese: the CJK font's own curly quotes and
 * apostrophes are full-width, which leaves gaps in English ("Salt’ s").
 */
export function textFeatures(text: string): { features?: ['pwid'] } {
  return CJK.test(text) ? {} : { features: ['pwid'] };
}
/** Charts are drawn at their natural print size: 1 CSS px = 0.75 pt. */
const CHART_SCALE = 0.75;
const MIN_CHART_SCALE = 0.6;

export class PdfDocumentWriter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: PdfFonts,
    /** Draws an SVG (a chart) at the current origin, one SVG unit to one point. */
    private readonly drawSvg: (svg: string) => void,
  ) {}

  private get left() {
    return this.doc.page.margins.left;
  }
  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  private get top() {
    return this.doc.page.margins.top;
  }

  /** A new page unless `height` still fits below the cursor. */
  private ensure(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.top) this.doc.continueOnNewPage();
  }

  private gap(points: number): void {
    if (this.doc.y > this.top) this.doc.y += points;
  }

  write(blocks: readonly ReportBlock[]): void {
    for (const block of blocks) this.block(block);
  }

  private block(block: ReportBlock): void {
    const doc = this.doc;
    switch (block.kind) {
      case 'heading':
        this.gap(12);
        // Keep a heading with what follows it.
        this.ensure(70);
        doc.font(this.fonts.bold).fontSize(SIZE.heading).fillColor(INK);
        doc.text(block.text, this.left, doc.y, { ...textFeatures(block.text), width: this.width });
        doc.y += 4;
        return;
      case 'paragraph':
        this.ensure(SIZE.body * 2);
        doc.font(this.fonts.regular).fontSize(SIZE.body).fillColor(INK);
        doc.text(block.text, this.left, doc.y, { ...textFeatures(block.text), width: this.width, lineGap: 2 });
        doc.y += 4;
        return;
      case 'facts':
        for (const item of block.items) {
          this.ensure(SIZE.body * 2);
          doc.font(this.fonts.bold).fontSize(SIZE.body).fillColor(INK);
          const features = textFeatures(item.label + item.text);
          doc.text(item.label, this.left, doc.y, {
            ...features,
            width: this.width,
            lineGap: 2,
            continued: true,
          });
          doc.font(this.fonts.regular).text(item.text, { ...features, lineGap: 2 });
          doc.y += 2;
        }
        return;
      case 'list':
        for (const item of block.items) {
          this.ensure(SIZE.body * 2);
          doc.font(this.fonts.regular).fontSize(SIZE.body).fillColor(INK);
          const y = doc.y;
          doc.text('•', this.left + 2, y, { lineBreak: false });
          doc.text(item, this.left + 14, y, { ...textFeatures(item), width: this.width - 14, lineGap: 2 });
          doc.y += 3;
        }
        return;
      case 'empty':
        this.caption(block.caption, SIZE.body * 2);
        doc.font(this.fonts.regular).fontSize(SIZE.body).fillColor(MUTED);
        doc.text(block.text, this.left, doc.y, { ...textFeatures(block.text), width: this.width });
        return;
      case 'table':
        this.table(block.caption, block.columns, block.rows);
        return;
      case 'charts':
        this.charts(block.charts);
        return;
    }
  }

  private caption(text: string, keepWith: number): void {
    this.gap(12);
    this.ensure(SIZE.caption + 8 + keepWith);
    this.doc.font(this.fonts.bold).fontSize(SIZE.caption).fillColor(INK);
    this.doc.text(text, this.left, this.doc.y, { ...textFeatures(text), width: this.width });
    this.doc.y += 3;
  }

  private charts(charts: readonly { caption: string; svg: string; width: number; height: number }[]): void {
    const doc = this.doc;
    this.gap(12);
    let x = this.left;
    let rowTop = doc.y;
    let rowHeight = 0;
    // Side by side when they fit at a readable size, else one under the other.
    const together = (this.width - 24 * (charts.length - 1)) / charts.reduce((sum, c) => sum + c.width, 0);
    const rowScale = together >= MIN_CHART_SCALE ? Math.min(CHART_SCALE, together) : CHART_SCALE;
    for (const chart of charts) {
      const scale = Math.min(rowScale, this.width / chart.width);
      const w = chart.width * scale;
      const h = chart.height * scale + SIZE.caption + 6;
      if (x > this.left && x + w > this.left + this.width) {
        x = this.left;
        rowTop += rowHeight + 10;
        rowHeight = 0;
      }
      if (rowTop + h > this.bottom) {
        doc.continueOnNewPage();
        rowTop = this.top;
        x = this.left;
        rowHeight = 0;
      }
      doc
        .font(this.fonts.bold)
        .fontSize(SIZE.caption - 1)
        .fillColor(INK);
      doc.text(chart.caption, x, rowTop, {
        ...textFeatures(chart.caption),
        width: w,
        lineBreak: false,
        ellipsis: true,
      });
      doc
        .save()
        .translate(x, rowTop + SIZE.caption + 6)
        .scale(scale);
      this.drawSvg(chart.svg);
      doc.restore();
      x += w + 24;
      rowHeight = Math.max(rowHeight, h);
    }
    doc.x = this.left;
    doc.y = rowTop + rowHeight + 4;
  }

  /** The height of one cell's text in a column of `width` points. */
  private cellHeight(cell: DocCell, width: number, head = false): number {
    const doc = this.doc;
    const inner = width - 2 * PAD;
    if (head)
      return doc
        .font(this.fonts.bold)
        .fontSize(SIZE.tableHead)
        .heightOfString(cell.text, { ...textFeatures(cell.text), width: inner });
    if (cell.severity !== undefined) {
      const word = cell.sub
        ? doc
            .font(this.fonts.regular)
            .fontSize(SIZE.sub)
            .heightOfString(cell.sub, { ...textFeatures(cell.sub), width: inner })
        : 0;
      return 12 + (word ? word + 1 : 0);
    }
    let h = doc
      .font(cell.strong ? this.fonts.bold : this.fonts.regular)
      .fontSize(SIZE.table)
      .heightOfString(cell.text || ' ', { ...textFeatures(cell.text), width: inner, lineGap: 1 });
    if (cell.sub)
      h +=
        1 +
        doc
          .font(this.fonts.regular)
          .fontSize(SIZE.sub)
          .heightOfString(cell.sub, { ...textFeatures(cell.sub), width: inner });
    return h;
  }

  private table(caption: string, columns: readonly DocColumn[], rows: readonly DocCell[][]): void {
    const doc = this.doc;
    const total = columns.reduce((sum, c) => sum + c.weight, 0);
    const widths = columns.map((c) => (c.weight / total) * this.width);
    const headHeight =
      Math.max(...columns.map((c, i) => this.cellHeight({ text: c.label }, widths[i]!, true))) + 2 * PAD;
    const rowHeight = (row: readonly DocCell[]) =>
      Math.max(...row.map((c, i) => this.cellHeight(c, widths[i]!))) + 2 * PAD;
    const maxRow = this.bottom - this.top - headHeight;
    const head = () => {
      let x = this.left;
      const y = doc.y;
      doc.rect(this.left, y, this.width, headHeight).fill(HEAD_FILL);
      doc.font(this.fonts.bold).fontSize(SIZE.tableHead).fillColor(MUTED);
      columns.forEach((c, i) => {
        doc.text(c.label, x + PAD, y + PAD, {
          ...textFeatures(c.label),
          width: widths[i]! - 2 * PAD,
          align: c.numeric ? 'right' : 'left',
        });
        x += widths[i]!;
      });
      doc.y = y + headHeight;
    };
    this.caption(caption, headHeight + (rows[0] ? Math.min(rowHeight(rows[0]), maxRow) : 0));
    head();
    for (const row of rows) {
      const height = Math.min(rowHeight(row), maxRow);
      if (doc.y + height > this.bottom) {
        doc.continueOnNewPage();
        head();
      }
      const y = doc.y;
      let x = this.left;
      row.forEach((c, i) => {
        this.cell(c, x, y, widths[i]!, height, columns[i]?.numeric ?? false);
        x += widths[i]!;
      });
      doc
        .moveTo(this.left, y + height)
        .lineTo(this.left + this.width, y + height)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      doc.x = this.left;
      doc.y = y + height;
    }
  }

  private cell(c: DocCell, x: number, y: number, width: number, height: number, numeric: boolean): void {
    const doc = this.doc;
    const inner = width - 2 * PAD;
    const limit = { width: inner, height: height - 2 * PAD, ellipsis: true } as const;
    if (c.severity !== undefined) {
      const r = 6;
      doc.circle(x + PAD + r, y + PAD + r, r).fill(severityColor(c.severity));
      doc.font(this.fonts.bold).fontSize(SIZE.sub).fillColor('#ffffff');
      doc.text(c.text, x + PAD, y + PAD + 2, {
        ...textFeatures(c.text),
        width: 2 * r,
        align: 'center',
        lineBreak: false,
      });
      if (c.sub) {
        doc.font(this.fonts.regular).fontSize(SIZE.sub).fillColor(MUTED);
        doc.text(c.sub, x + PAD, y + PAD + 13, {
          ...textFeatures(c.sub),
          ...limit,
          height: Math.max(SIZE.sub, height - 2 * PAD - 13),
        });
      }
      return;
    }
    doc
      .font(c.strong ? this.fonts.bold : this.fonts.regular)
      .fontSize(SIZE.table)
      .fillColor(c.quiet ? '#a1a1aa' : INK);
    doc.text(c.text, x + PAD, y + PAD, {
      ...textFeatures(c.text),
      ...limit,
      lineGap: 1,
      align: numeric ? 'right' : 'left',
    });
    if (c.sub) {
      const used = doc
        .font(c.strong ? this.fonts.bold : this.fonts.regular)
        .fontSize(SIZE.table)
        .heightOfString(c.text || ' ', {
          ...textFeatures(c.text),
          width: inner,
          lineGap: 1,
        });
      const left = height - 2 * PAD - used - 1;
      if (left >= SIZE.sub) {
        doc.font(this.fonts.regular).fontSize(SIZE.sub).fillColor(MUTED);
        doc.text(c.sub, x + PAD, y + PAD + used + 1, { ...textFeatures(c.sub), ...limit, height: left });
      }
    }
  }
}
