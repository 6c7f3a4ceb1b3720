/**
 * Replaces the text of a map SVG by glyph outlines before rasterising. resvg re-reads and
 * re-parses the font file for every text run, which costs about 25 ms a run with a 20 MB
 * CJK font (thx/resvg-js#367): 30 s for a 1,000-card map. Here each font is read once,
 * each glyph outlined once, and each text becomes one path, so rasterising is mere filling.
 * Only the PNG path does this; SVG and PDF exports keep real, selectable text. Outlines made
 * before come from the glyph cache (glyphCache.ts), and fontkit and the fonts are loaded only
 * for characters it does not hold yet.
 */
import type * as FontkitModule from 'fontkit';
import type { Font } from 'fontkit';
import type { ExportFonts, FontFace } from './fonts';
import type { GlyphStore } from './glyphCache';
import { GLYPH_EM, placeOutline, relativeOutline, type GlyphOutline } from './glyphOutline';

/** The exact form shared/render/svgParts.ts svgText writes. */
const TEXT_ELEMENT =
  /<text x="([^"]+)" y="([^"]+)" font-size="([^"]+)" fill="([^"]+)"( font-weight="700")?(?: text-anchor="(middle|end)")?>([^<]*)<\/text>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!);
}

const fontCache = new Map<string, Font>();

type Fontkit = typeof FontkitModule;

function loadFace(fontkit: Fontkit, face: FontFace): Font {
  const key = `${face.path}#${face.postscriptName ?? ''}`;
  let font = fontCache.get(key);
  if (!font) {
    const opened = fontkit.openSync(face.path);
    const picked =
      'fonts' in opened ? (face.postscriptName && opened.getFont(face.postscriptName)) || opened.fonts[0] : opened;
    if (!picked) throw new Error(`the font collection ${face.path} is empty`);
    font = picked;
    fontCache.set(key, font);
  }
  return font;
}

const round = (n: number) => String(Math.round(n * 10000) / 10000);

interface PlacedGlyph {
  outline: GlyphOutline;
  /** Advance in thousandths of an em. */
  advance: number;
}

/**
 * The primary font is a CJK one, whose quotes, dashes and ellipsis are full-width (an em each, as
 * Chinese sets them): in a run with no CJK character they take the font's proportional forms
 * (OpenType pwid), so "Tom’s" is not drawn "Tom’ s". Keys: r/b regular/bold, p/q proportional.
 */
const PROPORTIONAL_IN_LATIN = /[\u2010-\u206f]/u;
const CJK =
  /[\u1100-\u11ff\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3200-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;

const glyphKey = (codePoint: number, bold: boolean, proportional = false) =>
  `${proportional ? (bold ? 'q' : 'p') : bold ? 'b' : 'r'}${codePoint}`;

/** Whether `char` of a run takes the proportional form (see PROPORTIONAL_IN_LATIN). */
const proportionalIn = (latinRun: boolean, char: string) => latinRun && PROPORTIONAL_IN_LATIN.test(char);

export class GlyphOutliner {
  private readonly glyphs = new Map<string, PlacedGlyph>();
  private fontkit: Fontkit | null = null;

  constructor(
    private readonly fonts: ExportFonts,
    /** Outlines kept between exports; none in tests that want every glyph from the font. */
    private readonly store: GlyphStore | null = null,
  ) {}

  /** The font at `index` of [primary, ...fallbacks], read on first need: most maps never touch a fallback. */
  private font(index: number, bold: boolean): Font | undefined {
    const pair = index === 0 ? this.fonts.primary : this.fonts.fallbacks[index - 1];
    return pair && loadFace(this.fontkit!, bold ? pair.bold : pair.regular);
  }

  /** The glyph for a character: from the first font that has it, else the primary font's "missing" glyph. */
  private glyphFor(codePoint: number, bold: boolean, proportional = false): PlacedGlyph {
    const cacheKey = glyphKey(codePoint, bold, proportional);
    let entry = this.glyphs.get(cacheKey);
    if (!entry) {
      let font: Font | undefined;
      for (let i = 0, candidate = this.font(0, bold); candidate && !font; candidate = this.font(++i, bold)) {
        if (candidate.hasGlyphForCodePoint(codePoint)) font = candidate;
      }
      font ??= this.font(0, bold)!;
      let glyph = font.glyphForCodePoint(codePoint);
      let advanceWidth = glyph.advanceWidth;
      if (proportional) {
        const run = font.layout(String.fromCodePoint(codePoint), ['pwid']);
        if (run.glyphs.length === 1) [glyph, advanceWidth] = [run.glyphs[0]!, run.positions[0]!.xAdvance];
      }
      entry = {
        outline: relativeOutline(glyph.path.commands, font.unitsPerEm),
        advance: (advanceWidth * GLYPH_EM) / font.unitsPerEm,
      };
      this.glyphs.set(cacheKey, entry);
      this.store?.set(cacheKey, entry);
    }
    return entry;
  }

  /**
   * Every glyph the texts of `svg` need, from this outliner, the store, or (loading fontkit for
   * them alone) the fonts; what the fonts gave is stored for the next export.
   */
  private async prepare(svg: string): Promise<void> {
    const missing: [number, boolean, boolean][] = [];
    for (const match of svg.matchAll(TEXT_ELEMENT)) {
      const bold = match[5] !== undefined;
      const text = decodeEntities(match[7]!);
      const latinRun = !CJK.test(text);
      for (const char of text) {
        const codePoint = char.codePointAt(0)!;
        const proportional = proportionalIn(latinRun, char);
        const key = glyphKey(codePoint, bold, proportional);
        if (this.glyphs.has(key)) continue;
        const stored = this.store?.get(key);
        if (stored) this.glyphs.set(key, stored);
        else missing.push([codePoint, bold, proportional]);
      }
    }
    if (missing.length === 0) return;
    this.fontkit ??= await import('fontkit');
    for (const [codePoint, bold, proportional] of missing) this.glyphFor(codePoint, bold, proportional);
    this.store?.save();
  }

  /** One path for the whole text: fewer, larger paths parse and fill faster than a path per glyph. */
  private outlineText(
    x: string,
    y: string,
    size: string,
    fill: string,
    bold: boolean,
    anchor: string | undefined,
    text: string,
  ): string {
    let d = '';
    let advance = 0;
    const decoded = decodeEntities(text);
    const latinRun = !CJK.test(decoded);
    for (const char of decoded) {
      const glyph = this.glyphFor(char.codePointAt(0)!, bold, proportionalIn(latinRun, char));
      d += placeOutline(glyph.outline, advance);
      advance += glyph.advance;
    }
    if (d === '') return '';
    const scale = Number(size) / GLYPH_EM;
    const shift = anchor === 'middle' ? -advance / 2 : anchor === 'end' ? -advance : 0;
    return `<path transform="translate(${round(Number(x) + shift * scale)} ${y}) scale(${round(scale)} -${round(scale)})" fill="${fill}" d="${d}"/>`;
  }

  /** The SVG with every text element of ours drawn as outlines. */
  async outline(svg: string): Promise<string> {
    await this.prepare(svg);
    return svg.replace(
      TEXT_ELEMENT,
      (
        _m,
        x: string,
        y: string,
        size: string,
        fill: string,
        bold: string | undefined,
        anchor: string | undefined,
        text: string,
      ) => this.outlineText(x, y, size, fill, bold !== undefined, anchor, text),
    );
  }
}
