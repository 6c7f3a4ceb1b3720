/** Glyph outlines kept between PNG exports: the same outlines, no font opened, nothing trusted blindly. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../../shared/render';
import { findExportFonts, type ExportFonts } from '../../../electron/node/export/fonts';
import { glyphCacheDir, openGlyphCache } from '../../../electron/node/export/glyphCache';
import { GlyphOutliner } from '../../../electron/node/export/textOutlines';
import { chinese } from '../report/fixtureJourneys';

const fonts = findExportFonts();
const freshDir = () => mkdtempSync(join(tmpdir(), 'glyph-cache-'));
/** Fonts that cannot be opened: an outliner given them can only draw from the cache. */
const unopenable = (real: ExportFonts): ExportFonts => ({
  ...real,
  primary: { regular: { path: '/nowhere/regular.ttc' }, bold: { path: '/nowhere/bold.ttc' } },
  fallbacks: [],
});

describe('where the glyph cache lives', () => {
  it('follows JOURNEY_STUDIO_CACHE_DIR, is off when it is empty, and else the per-user cache folder', () => {
    expect(glyphCacheDir({ JOURNEY_STUDIO_CACHE_DIR: '/tmp/x' }, 'linux')).toBe('/tmp/x');
    expect(glyphCacheDir({ JOURNEY_STUDIO_CACHE_DIR: '' }, 'linux')).toBeNull();
    expect(glyphCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux')).toBe(join('/c', 'journey-studio'));
    expect(glyphCacheDir({}, 'darwin')).toMatch(/Library[/\\]Caches[/\\]journey-studio$/);
    expect(glyphCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toContain('journey-studio');
  });
});

describe.skipIf(!fonts)('outlines from the glyph cache', () => {
  const { svg } = renderJourneySvg(chinese());

  it('are the outlines the fonts give, and need no font once an export has stored them', async () => {
    const dir = freshDir();
    const fromFonts = await new GlyphOutliner(fonts!).outline(svg);
    const first = await new GlyphOutliner(fonts!, openGlyphCache(fonts!, dir)).outline(svg);
    expect(first).toBe(fromFonts);
    expect(readdirSync(dir)).toEqual(['glyph-outlines-1.json']);
    // A later export in a new process: the store read back from disk, the fonts never opened.
    const store = openGlyphCache(fonts!, dir)!;
    expect(await new GlyphOutliner(unopenable(fonts!), store).outline(svg)).toBe(fromFonts);
  });

  it('ignore a file with anything but numbers and path commands in it, and write a good one', async () => {
    const dir = freshDir();
    await new GlyphOutliner(fonts!, openGlyphCache(fonts!, dir)).outline(svg);
    const file = join(dir, 'glyph-outlines-1.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { glyphs: Record<string, unknown[]> };
    const [key] = Object.keys(stored.glyphs);
    stored.glyphs[key!] = [0, 0, '"/><image href="file:///etc/passwd"/><path d="', 500];
    writeFileSync(file, JSON.stringify(stored));
    const store = openGlyphCache(fonts!, dir)!;
    expect(store.get(key!)).toBeUndefined();
    const outlined = await new GlyphOutliner(fonts!, store).outline(svg);
    expect(outlined).not.toContain('image');
    expect(outlined).toBe(await new GlyphOutliner(fonts!).outline(svg));
    expect(readFileSync(file, 'utf8')).not.toContain('image');
  });

  it('start afresh for other font files, and for a file that is not JSON', async () => {
    const dir = freshDir();
    await new GlyphOutliner(fonts!, openGlyphCache(fonts!, dir)).outline(svg);
    const other: ExportFonts = { ...fonts!, fallbacks: [] };
    const file = join(dir, 'glyph-outlines-1.json');
    const [key] = Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { glyphs: object }).glyphs);
    if (fonts!.fallbacks.length > 0) expect(openGlyphCache(other, dir)!.get(key!)).toBeUndefined();
    expect(openGlyphCache(fonts!, dir)!.get(key!)).toBeDefined();
    writeFileSync(file, '{ not json');
    expect(openGlyphCache(fonts!, dir)!.get(key!)).toBeUndefined();
  });

  it('cannot be kept without a folder, and an export still works', async () => {
    expect(openGlyphCache(fonts!, null)).toBeNull();
    const unwritable = join(freshDir(), 'file');
    writeFileSync(unwritable, '');
    // A folder path that is a file: saving fails quietly.
    const store = openGlyphCache(fonts!, join(unwritable, 'inside'))!;
    expect(await new GlyphOutliner(fonts!, store).outline(svg)).toBe(await new GlyphOutliner(fonts!).outline(svg));
  });
});
