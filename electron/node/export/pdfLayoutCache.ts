/**
 * pdfkit lays text out again for every measurement and every line it draws: the line wrapper
 * measures each word, heightOfString wraps the text again to measure it, text() wraps it once
 * more and encodes each line. It remembers layouts only for text without OpenType features,
 * and the export asks for `pwid` (proportional punctuation) wherever the text has no Chinese.
 * With the CJK font each layout runs hundreds of GSUB lookups (0.3 to 0.8 ms a word here): a
 * 1,000-card map's PDF laid out 3,188 distinct strings 28,883 times, 15 s of a 36 s export on
 * a loaded machine. This keeps each (features, text) layout of each font for the document's
 * life, so every string is shaped once.
 *
 * pdfkit reads the results of the current font's `layout` (pdfFontHook.ts), never changes
 * them. Where that shape is missing (the standard 14 fonts, another pdfkit), nothing is cached and the
 * output is the same. tests/unit/export/pdfLayoutCache.test.ts proves the cache engages.
 */
import { onFontChange } from './pdfFontHook';

interface LaidOut {
  glyphs: unknown[];
  positions: unknown[];
  advanceWidth: number;
}

interface LayoutFont {
  layout(text: string, features?: readonly string[] | Record<string, boolean>, onlyWidth?: boolean): LaidOut;
}

const cached = new WeakSet<object>();

function isLayoutFont(font: unknown): font is LayoutFont {
  return typeof font === 'object' && font !== null && typeof (font as LayoutFont).layout === 'function';
}

function cacheLayouts(font: LayoutFont): void {
  if (cached.has(font)) return;
  cached.add(font);
  const layout = font.layout.bind(font);
  const runs = new Map<string, LaidOut>();
  font.layout = (text, features, onlyWidth) => {
    // Without features pdfkit caches word by word itself (and may ask for widths only).
    if (!features) return layout(text, features, onlyWidth);
    const key = `${JSON.stringify(features)}\u0000${text}`;
    let run = runs.get(key);
    if (!run) {
      run = layout(text, features, false);
      runs.set(key, run);
    }
    return run;
  };
}

/** From now on, every font `doc` switches to shapes each (features, text) once. */
export function cacheFeatureLayouts(doc: PDFKit.PDFDocument): void {
  onFontChange(doc, (font) => {
    if (isLayoutFont(font)) cacheLayouts(font);
  });
}
