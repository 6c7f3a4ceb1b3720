/**
 * Glyph outlines remembered between PNG exports, in the user's cache folder. Outlining needs the
 * export font, and reading the 20 MB CJK collection's tables and loading fontkit cost about a
 * tenth of a 1,000-card PNG export from the command line (each run is a new process). With the
 * outlines of every character exported before at hand, an export of the same characters opens no
 * font at all. The cache belongs to one set of font files (path, size and modification time of
 * each): another font, or the same one updated, starts it afresh.
 *
 * Where: `$JOURNEY_STUDIO_CACHE_DIR` when set (empty turns the cache off), else the platform's
 * per-user cache folder (`~/.cache`, `~/Library/Caches`, `%LOCALAPPDATA%`) under `journey-studio`.
 * The file is only ever read as data: every entry is checked to be numbers and path commands
 * before use (it is pasted into SVG path data), and a file that is damaged, too big, or written
 * by another version is ignored and replaced. Failing to read or write it never fails an export.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ExportFonts, FontFace } from './fonts';
import type { GlyphOutline } from './glyphOutline';

export interface CachedGlyph {
  outline: GlyphOutline;
  /** Advance in thousandths of an em. */
  advance: number;
}

export interface GlyphStore {
  get(key: string): CachedGlyph | undefined;
  set(key: string, glyph: CachedGlyph): void;
  /** Writes what was added since it was read (atomically); does nothing when nothing was. */
  save(): void;
}

const FORMAT = 1;
const FILE_NAME = `glyph-outlines-${FORMAT}.json`;
/** Every Latin, Chinese and symbol character a map is likely to hold, with room to spare. */
const MAX_GLYPHS = 30_000;
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** What placeOutline writes after the first move: relative commands and numbers only. */
const TAIL = /^[mlqcz0-9 .-]*$/;

export function glyphCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | null {
  const chosen = env.JOURNEY_STUDIO_CACHE_DIR;
  if (chosen !== undefined) return chosen === '' ? null : chosen;
  const home = homedir();
  if (!home) return null;
  const base =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Caches')
        : (env.XDG_CACHE_HOME ?? join(home, '.cache'));
  return join(base, 'journey-studio');
}

/** Which font files the outlines (or shapings) come from, as they are on disk now; null if one cannot be read. */
export function fontsSignature(fonts: ExportFonts): string | null {
  const faces: FontFace[] = [fonts.primary, ...fonts.fallbacks].flatMap((pair) => [pair.regular, pair.bold]);
  try {
    return JSON.stringify(
      faces.map((face) => {
        const { size, mtimeMs } = statSync(face.path);
        return [face.path, face.postscriptName ?? '', size, mtimeMs];
      }),
    );
  } catch {
    return null;
  }
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** One stored entry, [startX, startY, tail, advance] or [null, null, '', advance] for an empty glyph. */
function readEntry(value: unknown): CachedGlyph | null {
  if (!Array.isArray(value) || value.length !== 4) return null;
  const [x, y, tail, advance] = value as unknown[];
  if (typeof tail !== 'string' || !TAIL.test(tail) || !isNumber(advance)) return null;
  if (x === null && y === null) return { outline: { start: null, tail }, advance };
  if (!isNumber(x) || !isNumber(y)) return null;
  return { outline: { start: [x, y], tail }, advance };
}

function readFile(file: string, signature: string): Map<string, CachedGlyph> {
  const glyphs = new Map<string, CachedGlyph>();
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return glyphs;
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; fonts?: unknown; glyphs?: unknown };
    if (stored.format !== FORMAT || stored.fonts !== signature) return glyphs;
    if (typeof stored.glyphs !== 'object' || stored.glyphs === null) return glyphs;
    for (const [key, value] of Object.entries(stored.glyphs)) {
      const glyph = /^[rbpq]\d{1,7}$/.test(key) ? readEntry(value) : null;
      // One bad entry and the file is not ours as written: start again rather than trust the rest.
      if (!glyph) return new Map();
      glyphs.set(key, glyph);
    }
  } catch {
    // Missing, unreadable or not JSON: an empty cache.
  }
  return glyphs;
}

/** The cache for `fonts`, or null when there is no cache folder or a font file cannot be read. */
export function openGlyphCache(fonts: ExportFonts, dir: string | null = glyphCacheDir()): GlyphStore | null {
  if (dir === null) return null;
  const signature = fontsSignature(fonts);
  if (signature === null) return null;
  const file = join(dir, FILE_NAME);
  const glyphs = readFile(file, signature);
  let added = false;
  return {
    get: (key) => glyphs.get(key),
    set(key, glyph) {
      if (glyphs.size >= MAX_GLYPHS || glyphs.has(key)) return;
      glyphs.set(key, glyph);
      added = true;
    },
    save() {
      if (!added) return;
      added = false;
      const entries = Object.fromEntries(
        [...glyphs].map(([key, { outline, advance }]) => [
          key,
          outline.start ? [outline.start[0], outline.start[1], outline.tail, advance] : [null, null, '', advance],
        ]),
      );
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        writeFileSync(temporary, JSON.stringify({ format: FORMAT, fonts: signature, glyphs: entries }), {
          mode: 0o600,
        });
        renameSync(temporary, file);
      } catch {
        // A read-only or full disk only means the next export outlines again.
      }
    },
  };
}
