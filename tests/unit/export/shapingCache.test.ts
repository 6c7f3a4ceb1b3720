/** Text shaping kept between PDF exports: the same PDF, no shaping on a second export, nothing trusted blindly. */
import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findExportFonts } from '../../../electron/node/export/fonts';
import { renderPdf } from '../../../electron/node/export/pdf';
import { openShapingCache } from '../../../electron/node/export/shapingCache';
import { prepareExport, DEFAULT_EXPORT_OPTION_VALUES } from '../../../shared/export';
import { ENGLISH_REPORT_WORDS } from '../../../shared/report';
import { chinese } from '../report/fixtureJourneys';

const fonts = findExportFonts();
const FILE = 'text-shaping-1.json';
const freshDir = () => mkdtempSync(join(tmpdir(), 'shaping-cache-'));

/** The map and findings PDF of the Chinese fixture (English and Chinese text), made in `dir`'s cache. */
async function exportPdf(dir: string): Promise<string> {
  process.env.JOURNEY_STUDIO_CACHE_DIR = dir;
  const prepared = prepareExport(chinese(), {
    format: 'pdf',
    options: DEFAULT_EXPORT_OPTION_VALUES,
    words: ENGLISH_REPORT_WORDS,
    date: new Date('2026-03-01T00:00:00Z'),
  });
  if (prepared.format !== 'pdf') throw new Error('not a PDF');
  const { data } = await renderPdf({ parts: prepared.parts, document: prepared.document }, prepared.pdf);
  // The creation time and the file id are the only things two runs may differ in.
  return data
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []');
}

/** pdfkit's own fontkit: the CommonJS build, whose classes are not the ES module's. */
const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = pdfkitRequire('fontkit') as typeof Fontkit;

/** How often fontkit shapes text while `run` runs. */
async function countShaping(run: () => Promise<unknown>): Promise<number> {
  const face = fontkit.openSync(fonts!.primary.regular.path);
  const font = 'fonts' in face ? face.fonts[0]! : face;
  const spy = vi.spyOn(Object.getPrototypeOf(font) as { layout: () => unknown }, 'layout');
  await run();
  const calls = spy.mock.calls.length;
  spy.mockRestore();
  return calls;
}

afterEach(() => {
  delete process.env.JOURNEY_STUDIO_CACHE_DIR;
});

describe.skipIf(!fonts)('text shaping from the cache', () => {
  it('makes the very PDF fontkit shaping makes, and shapes nothing the second time', async () => {
    const unshaped = await exportPdf('');
    const dir = freshDir();
    let first = '';
    expect(await countShaping(async () => (first = await exportPdf(dir)))).toBeGreaterThan(50);
    expect(readdirSync(dir)).toEqual([FILE]);
    expect(first).toBe(unshaped);
    let second = '';
    expect(await countShaping(async () => (second = await exportPdf(dir)))).toBe(0);
    expect(second).toBe(unshaped);
  });

  it('ignores a damaged file, one from other fonts or another version, and writes a good one', async () => {
    const unshaped = await exportPdf('');
    const dir = freshDir();
    await exportPdf(dir);
    const file = join(dir, FILE);
    const good = JSON.parse(readFileSync(file, 'utf8')) as { fonts: string; runs: Record<string, unknown[]> };
    const [key] = Object.keys(good.runs);
    const damaged = [
      '{"format":1,',
      JSON.stringify({ ...good, format: 2 }),
      JSON.stringify({ ...good, fonts: '[]' }),
      JSON.stringify({ ...good, runs: { ...good.runs, [key!]: [[1e9, 500, 500, 0, 0, 0, [65]]] } }),
      JSON.stringify({ ...good, runs: { ...good.runs, [key!]: [['1', 500, 500, 0, 0, 0, [65]]] } }),
      JSON.stringify({ ...good, runs: { ...good.runs, [key!]: [[1, 500, 500, 0, 0, 0, [-1]]] } }),
      JSON.stringify({ ...good, runs: [] }),
    ];
    for (const text of damaged) {
      writeFileSync(file, text);
      expect(openShapingCache(fonts!, dir)!.get(key!), text.slice(0, 40)).toBeUndefined();
      expect(await exportPdf(dir)).toBe(unshaped);
      expect(openShapingCache(fonts!, dir)!.get(key!)).toBeDefined();
    }
  });

  it('shapes again, never using them, glyph ids the font does not have', async () => {
    const unshaped = await exportPdf('');
    const dir = freshDir();
    await exportPdf(dir);
    const file = join(dir, FILE);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { runs: Record<string, number[][]> };
    for (const run of Object.values(stored.runs)) for (const glyph of run) glyph[0] = 65535;
    writeFileSync(file, JSON.stringify(stored));
    expect(await exportPdf(dir)).toBe(unshaped);
  });

  it('never fails an export where the cache cannot be written', async () => {
    const unshaped = await exportPdf('');
    const dir = freshDir();
    chmodSync(dir, 0o500);
    try {
      expect(await exportPdf(join(dir, 'inside'))).toBe(unshaped);
      expect(await exportPdf(join('/dev/null', 'cache'))).toBe(unshaped);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('keeps only the last export’s runs once it holds more than its limit', () => {
    const dir = freshDir();
    const run: [number, number, number, number, number, number, number[]][] = [[1, 500, 500, 0, 0, 0, [65]]];
    const first = openShapingCache(fonts!, dir, 3)!;
    for (const key of ['a', 'b', 'c']) first.set(key, run);
    first.save();
    const second = openShapingCache(fonts!, dir, 3)!;
    expect(second.get('a')).toEqual(run);
    second.set('d', run);
    second.save();
    const third = openShapingCache(fonts!, dir, 3)!;
    expect(['a', 'b', 'c', 'd'].map((key) => third.get(key) !== undefined)).toEqual([true, false, false, true]);
  });
});
