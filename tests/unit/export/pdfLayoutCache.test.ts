import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { findExportFonts } from '../../../electron/node/export/fonts';
import { cacheFeatureLayouts } from '../../../electron/node/export/pdfLayoutCache';

const fonts = findExportFonts();
const PWID = { features: ['pwid'] as ['pwid'] };
const TEXT = 'The guest’s booking is confirmed by text message';

/** A document on the export's font that counts how often fontkit shapes text. */
function documentCountingLayouts(cached: boolean) {
  const doc = new PDFDocument({ autoFirstPage: false });
  if (cached) cacheFeatureLayouts(doc);
  doc.registerFont('map-regular', fonts!.primary.regular.path, fonts!.primary.regular.postscriptName);
  doc.addPage().font('map-regular').fontSize(9);
  const shaper = (doc as unknown as { _font: { font: { layout(...args: unknown[]): unknown } } })._font.font;
  const layout = shaper.layout.bind(shaper);
  const counted = { layouts: 0 };
  shaper.layout = (...args: unknown[]) => {
    counted.layouts++;
    return layout(...args);
  };
  return { doc, counted };
}

/** What the findings tables do with each cell: measure it, then draw it wrapped. */
function measureAndDraw(doc: PDFKit.PDFDocument): number[] {
  const sizes: number[] = [];
  for (let i = 0; i < 5; i++) {
    sizes.push(doc.widthOfString(TEXT, PWID), doc.heightOfString(TEXT, { ...PWID, width: 80 }));
    doc.text(TEXT, 40, 40 + i * 60, { ...PWID, width: 80 });
  }
  return sizes;
}

describe.skipIf(!fonts)('pdfkit layouts with OpenType features', () => {
  it('are shaped once per string, however often a string is measured and drawn', () => {
    const plain = documentCountingLayouts(false);
    const cached = documentCountingLayouts(true);
    const expected = measureAndDraw(plain.doc);
    expect(measureAndDraw(cached.doc)).toEqual(expected);
    // The same words are shaped again and again without the cache; with it, once each.
    const distinct = new Set([TEXT, ...TEXT.split(' ').map((w, i, all) => (i < all.length - 1 ? `${w} ` : w))]);
    expect(plain.counted.layouts).toBeGreaterThan(4 * distinct.size);
    expect(cached.counted.layouts).toBeLessThanOrEqual(distinct.size + 8);
    expect(cached.counted.layouts).toBeGreaterThan(0);
  });

  it('leave text without features to pdfkit, which caches it word by word itself', () => {
    const { doc, counted } = documentCountingLayouts(true);
    for (let i = 0; i < 5; i++) doc.widthOfString('Touchpoint 17');
    expect(counted.layouts).toBe(2);
  });
});
