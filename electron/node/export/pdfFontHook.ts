/**
 * pdfkit (pinned in package.json) keeps the current font in `doc._font`: an EmbeddedFont, with
 * its `name`, `layout(text, features, onlyWidth)` and the fontkit font as `.font`, or a standard
 * 14 font without them. The PDF export's speed-ups (pdfLayoutCache.ts, shapingCache.ts,
 * lookupStartFilter.ts) reach it here, each time the document switches fonts.
 */
export interface PdfFontLike {
  name?: unknown;
  font?: unknown;
  layout?: unknown;
}

/** From now on, `use` sees every font `doc` switches to, after pdfkit has switched. */
export function onFontChange(doc: PDFKit.PDFDocument, use: (font: PdfFontLike) => void): void {
  const withFont = doc as unknown as { _font?: PdfFontLike; font: PDFKit.PDFDocument['font'] };
  const font = withFont.font.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  withFont.font = ((...args: unknown[]) => {
    font(...args);
    if (withFont._font) use(withFont._font);
    return doc;
  }) as PDFKit.PDFDocument['font'];
}
