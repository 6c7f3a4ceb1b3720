/**
 * Text shaping remembered between PDF exports, beside the glyph outlines of glyphCache.ts.
 * pdfkit shapes every word and string it measures or draws with fontkit, and with the CJK font
 * every shaping runs hundreds of OpenType lookups: about a quarter of a 1,000-card map's PDF.
 * Each command-line export is a new process, so without this every export shaped every string
 * again. What fontkit returns for a (face, features, text) depends only on the font files, so
 * this keeps, for the same set of font files (path, size and modification time of each), the
 * glyph ids, advances, positions and code points of each run, and hands pdfkit the same run
 * again. The PDF is byte for byte the one fontkit's own shaping gives (tested).
 *
 * The file is data only: every entry is checked (whole numbers, glyph ids the font has, code
 * points) before use, and a file that is damaged, too big, for other fonts or from another
 * version is ignored and replaced. Reading or writing it never fails an export.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFonts } from './fonts';
import { onFontChange, type PdfFontLike } from './pdfFontHook';
import { fontsSignature, glyphCacheDir } from './glyphCache';

const FORMAT = 1;
const FILE_NAME = `text-shaping-${FORMAT}.json`;
/**
 * Distinct words and strings of several large maps' PDFs (a 1,000-card map's is 3,250, about
 * 1 MB): reading the file stays a few tens of milliseconds. Beyond it, the file keeps only the
 * runs the last export used, so it follows the maps being exported instead of filling up.
 */
const MAX_RUNS = 20_000;
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_CODE_POINT = 0x10ffff;

/** One glyph of a run: id, advance (font units), x and y advance, x and y offset, code points. */
type StoredGlyph = [number, number, number, number, number, number, number[]];

export interface ShapingStore {
  get(key: string): StoredGlyph[] | undefined;
  set(key: string, run: StoredGlyph[]): void;
  /** Writes what was added since it was read (atomically); does nothing when nothing was. */
  save(): void;
}

const isWhole = (v: unknown): v is number => Number.isInteger(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readGlyph(value: unknown): StoredGlyph | null {
  if (!Array.isArray(value) || value.length !== 7) return null;
  const [id, advance, xAdvance, yAdvance, xOffset, yOffset, codePoints] = value as unknown[];
  if (!isWhole(id) || id < 0 || id > 0xffff) return null;
  if (![advance, xAdvance, yAdvance, xOffset, yOffset].every(isNumber)) return null;
  if (!Array.isArray(codePoints) || !codePoints.every((c) => isWhole(c) && c >= 0 && c <= MAX_CODE_POINT)) return null;
  return value as StoredGlyph;
}

function readFile(file: string, signature: string): Map<string, StoredGlyph[]> {
  const runs = new Map<string, StoredGlyph[]>();
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return runs;
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; fonts?: unknown; runs?: unknown };
    if (stored.format !== FORMAT || stored.fonts !== signature) return runs;
    if (typeof stored.runs !== 'object' || stored.runs === null || Array.isArray(stored.runs)) return runs;
    for (const [key, value] of Object.entries(stored.runs)) {
      const glyphs = Array.isArray(value) ? value.map(readGlyph) : [null];
      // One bad entry and the file is not ours as written: start again rather than trust the rest.
      if (glyphs.some((g) => g === null)) return new Map();
      runs.set(key, glyphs as StoredGlyph[]);
    }
  } catch {
    // Missing, unreadable or not JSON: an empty cache.
  }
  return runs;
}

/** The shaping cache for `fonts`, or null when there is no cache folder or a font file cannot be read. */
export function openShapingCache(
  fonts: ExportFonts,
  dir: string | null = glyphCacheDir(),
  limit = MAX_RUNS,
): ShapingStore | null {
  if (dir === null) return null;
  const signature = fontsSignature(fonts);
  if (signature === null) return null;
  const file = join(dir, FILE_NAME);
  let runs = readFile(file, signature);
  /** What this export shaped or took from the file: what is kept when the file is full. */
  const used = new Set<string>();
  let added = false;
  return {
    get(key) {
      const run = runs.get(key);
      if (run) used.add(key);
      return run;
    },
    // Also replaces a run that could not be used (a glyph id the font lacks).
    set(key, run) {
      runs.set(key, run);
      used.add(key);
      added = true;
    },
    save() {
      if (!added) return;
      added = false;
      if (runs.size > limit) runs = new Map([...used].slice(0, limit).map((key) => [key, runs.get(key)!]));
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        writeFileSync(temporary, JSON.stringify({ format: FORMAT, fonts: signature, runs: Object.fromEntries(runs) }), {
          mode: 0o600,
        });
        renameSync(temporary, file);
      } catch {
        // A read-only or full disk only means the next export shapes again.
      }
    },
  };
}

interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** What pdfkit reads of fontkit's GlyphRun: the glyphs, their positions, and the run's advance. */
class StoredRun {
  constructor(
    readonly glyphs: ShapedGlyph[],
    readonly positions: Position[],
  ) {}

  /** Summed when asked, as fontkit's is: pdfkit scales the positions in place first. */
  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

interface Shaper {
  layout(text: string, features?: unknown, ...more: unknown[]): { glyphs: ShapedGlyph[]; positions: Position[] };
  numGlyphs: number;
}

function isShaper(value: unknown): value is Shaper {
  return typeof value === 'object' && value !== null && typeof (value as Shaper).layout === 'function';
}

const hooked = new WeakSet<object>();

function storeLayouts(font: PdfFontLike, store: ShapingStore): void {
  const shaper = font.font;
  if (!isShaper(shaper) || typeof font.name !== 'string' || hooked.has(shaper)) return;
  hooked.add(shaper);
  const face = font.name;
  const layout = shaper.layout.bind(shaper);
  shaper.layout = (text, features, ...more) => {
    // A script, language or direction of its own is not what the export asks for: shape it.
    if (more.some((v) => v !== undefined) || typeof text !== 'string') return layout(text, features, ...more);
    const key = `${face}\u0000${JSON.stringify(features ?? null)}\u0000${text}`;
    const stored = store.get(key);
    if (stored && stored.every(([id]) => id < shaper.numGlyphs)) {
      return new StoredRun(
        stored.map(([id, advanceWidth, , , , , codePoints]) => ({ id, advanceWidth, codePoints })),
        stored.map(([, , xAdvance, yAdvance, xOffset, yOffset]) => ({ xAdvance, yAdvance, xOffset, yOffset })),
      );
    }
    const run = layout(text, features);
    store.set(
      key,
      run.glyphs.map((glyph, i) => {
        const p = run.positions[i]!;
        return [glyph.id, glyph.advanceWidth, p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, [...glyph.codePoints]];
      }),
    );
    return run;
  };
}

/**
 * From now on, every embedded font `doc` switches to takes its shaping from `store` where it
 * has it, and adds what it shapes (the fontkit font pdfkit holds: pdfFontHook.ts). A font
 * without that shape stores nothing.
 */
export function storeShaping(doc: PDFKit.PDFDocument, store: ShapingStore): void {
  onFontChange(doc, (font) => storeLayouts(font, store));
}
