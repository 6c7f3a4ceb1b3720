/**
 * A faster, identical OpenType lookup loop for fontkit. fontkit tries every subtable of a lookup
 * on every glyph. Noto Sans CJK's `ccmp` holds a chaining lookup of 268 subtables for Latin
 * text, so each Latin glyph costs 268 tries that almost never match: about 600 ms of shaping a
 * 1,000-card map's PDF, most of its first export on a machine. HarfBuzz skips such glyphs with a
 * set of the glyphs that may start a match; this does the same.
 *
 * Every subtable type fontkit reads first checks the current glyph against one coverage table
 * and returns false, having changed nothing, when it is not there (audited in fontkit 2.0.4,
 * below). A lookup of many subtables gets the union of those coverages, a bitmap of the 65,536
 * possible glyph ids, and a glyph outside it skips the subtables: the same result, without the
 * tries. Lookups with a subtable of any other kind keep fontkit's loop.
 *
 * It hooks one font's own GSUB and GPOS processors (fontkit's private `_layoutEngine`), never
 * fontkit's classes, and only when the functions it stands in for and relies on are the audited
 * ones (their source, bundler names aside, hashed below). tests/unit/export/lookupStartFilter.test.ts
 * shapes English, Chinese and marks with and without it and finds the same glyphs and positions.
 */
import { createHash } from 'node:crypto';

/** Fewer subtables than this: trying them costs no more than the bitmap check. */
const MIN_SUBTABLES = 4;
const GLYPH_IDS = 65536;

/**
 * Source hashes of fontkit 2.0.4's OTProcessor.applyLookups, applyContext and
 * applyChainingContext, GSUBProcessor.applyLookup and GPOSProcessor.applyLookup.
 */
const AUDITED = {
  applyLookups: 'd55c20bb0df2a448',
  applyContext: '07e4d281a7e83a63',
  applyChainingContext: '82321450cda1956a',
  gsub: '4783a38d961821bc',
  gpos: '44d6d2f883b13606',
} as const;

interface Coverage {
  version: number;
  glyphs?: Iterable<number>;
  rangeRecords?: Iterable<{ start: number; end: number }>;
}

interface SubTable {
  version?: number;
  lookupType?: number;
  extension?: SubTable;
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
}

interface Lookup {
  lookupType: number;
  flags: unknown;
  subTables: Iterable<SubTable>;
}

interface Glyph {
  id: number;
  features: Record<string, unknown>;
}

interface GlyphIterator {
  index: number;
  cur: Glyph;
  reset(flags: unknown): void;
  next(): unknown;
}

interface Processor {
  glyphIterator: GlyphIterator;
  currentFeature: string;
  applyLookup(lookupType: number, table: SubTable): boolean;
  applyLookups(lookups: readonly { feature: string; lookup: Lookup }[], glyphs: Glyph[], positions: unknown[]): void;
}

type Kind = 'gsub' | 'gpos';

const sourceHash = (fn: unknown): string =>
  typeof fn === 'function'
    ? createHash('sha256')
        // The bundler's names for fontkit's modules differ between its CommonJS and ES builds.
        .update(fn.toString().replace(/\$[0-9a-f]{16}\$[\w$]+/g, '$ref'))
        .digest('hex')
        .slice(0, 16)
    : '';

/** The coverage a subtable checks the current glyph against before anything else. */
function startCoverage(kind: Kind, type: number, table: SubTable): Coverage | undefined {
  const [context, chaining, extension] = kind === 'gsub' ? [5, 6, 7] : [7, 8, 9];
  if (type === extension)
    return table.extension ? startCoverage(kind, table.lookupType ?? 0, table.extension) : undefined;
  if (type === context) return table.version === 3 ? table.coverages?.[0] : table.coverage;
  if (type === chaining) return table.version === 3 ? table.inputCoverage?.[0] : table.coverage;
  if (kind === 'gsub') return type >= 1 && type <= 4 ? table.coverage : undefined;
  if (type >= 1 && type <= 3) return table.coverage;
  if (type === 4 || type === 5) return table.markCoverage;
  return type === 6 ? table.mark1Coverage : undefined;
}

/** Marks the glyphs of `coverage` in `bits`; false for a coverage fontkit would not read. */
function markCoverage(bits: Uint8Array, coverage: Coverage | undefined): boolean {
  if (coverage?.version === 1 && coverage.glyphs) {
    for (const glyph of coverage.glyphs) if (glyph >= 0 && glyph < GLYPH_IDS) bits[glyph] = 1;
    return true;
  }
  if (coverage?.version === 2 && coverage.rangeRecords) {
    for (const { start, end } of coverage.rangeRecords)
      for (let glyph = Math.max(0, start); glyph <= Math.min(GLYPH_IDS - 1, end); glyph++) bits[glyph] = 1;
    return true;
  }
  return false;
}

/** The glyphs that may start a match of `lookup`, or null: try every glyph, as fontkit does. */
function startFilter(kind: Kind, lookup: Lookup): Uint8Array | null {
  const tables = [...lookup.subTables];
  if (tables.length < MIN_SUBTABLES) return null;
  const bits = new Uint8Array(GLYPH_IDS);
  for (const table of tables) if (!markCoverage(bits, startCoverage(kind, lookup.lookupType, table))) return null;
  return bits;
}

/** Per processor class (fontkit's, or another build's): whether its functions are the audited ones. */
const audits = new WeakMap<object, boolean>();

function isAudited(processor: Processor, kind: Kind): boolean {
  const own = Object.getPrototypeOf(processor) as Record<string, unknown> | null;
  if (!own) return false;
  let audited = audits.get(own);
  if (audited === undefined) {
    const base = Object.getPrototypeOf(own) as Record<string, unknown> | null;
    audited =
      !!base &&
      sourceHash(own.applyLookup) === AUDITED[kind] &&
      sourceHash(base.applyLookups) === AUDITED.applyLookups &&
      sourceHash(base.applyContext) === AUDITED.applyContext &&
      sourceHash(base.applyChainingContext) === AUDITED.applyChainingContext;
    audits.set(own, audited);
  }
  return audited;
}

const hooked = new WeakSet<object>();

function hookProcessor(processor: Processor, kind: Kind): boolean {
  if (hooked.has(processor)) return true;
  if (!isAudited(processor, kind)) return false;
  hooked.add(processor);
  const original = processor.applyLookups.bind(processor);
  const filters = new WeakMap<Lookup, Uint8Array | null>();
  // fontkit's loop, with the filter's skip added to its feature check.
  processor.applyLookups = function (lookups, glyphs, positions) {
    // With no lookups, fontkit's own sets up the glyphs, positions and glyph iterator.
    original([], glyphs, positions);
    for (const { feature, lookup } of lookups) {
      this.currentFeature = feature;
      this.glyphIterator.reset(lookup.flags);
      let starts = filters.get(lookup);
      if (starts === undefined) filters.set(lookup, (starts = startFilter(kind, lookup)));
      while (this.glyphIterator.index < glyphs.length) {
        const glyph = this.glyphIterator.cur;
        if (!(feature in glyph.features) || (starts !== null && starts[glyph.id] !== 1)) {
          this.glyphIterator.next();
          continue;
        }
        for (const table of lookup.subTables) if (this.applyLookup(lookup.lookupType, table)) break;
        this.glyphIterator.next();
      }
    }
  };
  return true;
}

/**
 * Gives `font` (a fontkit font) the filtered lookup loop. True when its GSUB or GPOS processor
 * has it, false when the font has neither or this fontkit is not the audited one.
 */
export function filterLookupStarts(font: unknown): boolean {
  const engine = (font as { _layoutEngine?: { engine?: { GSUBProcessor?: Processor; GPOSProcessor?: Processor } } })
    ?._layoutEngine?.engine;
  const { GSUBProcessor: gsub, GPOSProcessor: gpos } = engine ?? {};
  const hookedGsub = !!gsub && hookProcessor(gsub, 'gsub');
  const hookedGpos = !!gpos && hookProcessor(gpos, 'gpos');
  return hookedGsub || hookedGpos;
}
