/**
 * Valid files that once broke exports: a title with an unpaired surrogate (PDF writers threw
 * "URI malformed"; version 2 refuses one, a version 1 file has it replaced on load), a card far
 * out (x = 1e9 in version 1; version 2 keeps cards within 100,000 of their cell's corner) and
 * 3,000 stages (a PNG "scaled to 0×" after seconds of work, or unreadable at 0.018×). Each is now
 * made, or refused up front with a clear message.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPORT_OPTION_VALUES,
  ExportRefusedError,
  MIN_SCALE,
  planRaster,
  prepareExport,
} from '../../../shared/export';
import { serializeJourney, type Journey } from '../../../shared/model';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { ENGLISH_REPORT_WORDS } from '../../../shared/report';
import { initI18n } from '../../../renderer/settings/i18n';
import { generateJourney } from '../../bench/generateJourney';
import { VALID_SAMPLE } from '../../helpers/fixtures';
import { cli } from '../../helpers/runCliInProcess';
import { coffee } from '../report/fixtureJourneys';

const dir = mkdtempSync(join(tmpdir(), 'js-odd-'));
function file(name: string, journey: Journey): string {
  const path = join(dir, `${name}.journey`);
  writeFileSync(path, serializeJourney(journey));
  return path;
}

/** A card as far from its cell's corner as version 2 allows. */
const farCard = () => {
  const journey = coffee();
  journey.touchpoints[0]!.position = { x: 100_000, y: 100_000 };
  return journey;
};
/** A version 1 file (the committed sample) with one change, as text. */
function v1File(name: string, change: (doc: { title: string; touchpoints: { position: object }[] }) => void): string {
  const doc = JSON.parse(readFileSync(VALID_SAMPLE, 'utf8')) as Parameters<typeof change>[0];
  change(doc);
  const path = join(dir, `${name}.journey`);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
}
/** What the CLI says on stderr when loading the version 1 file with the lone surrogate upgrades it. */
const SURROGATE_NOTE =
  /^note: .*surrogate\.journey: title: an unpaired surrogate \(not a character\) was replaced with U\+FFFD\n/;
const loneSurrogate = () => {
  const journey = coffee();
  journey.title = 'Launch \uD800 plan';
  return journey;
};
const manyStages = () => generateJourney(3000, 1);

const TOO_SMALL =
  /^journey-studio export: The map is \d+×\d+ px, too large for a readable PNG: within 16,384 px a side it would be drawn at ([\d.e-]+)×, below the minimum of 0\.25×\. Export it as SVG, or as a PDF tiled across pages at natural size \(on the command line: journey-studio export --format pdf --tile\)\.\n$/;

describe('a title with an unpaired surrogate', () => {
  it('exports to PDF, fitted and tiled, with the surrogate left out of the header', async () => {
    const input = v1File('surrogate', (doc) => {
      doc.title = 'Launch \uD800 plan';
    });
    const validated = await cli('validate', input);
    expect(validated.code).toBe(0);
    expect(validated.stderr).toMatch(SURROGATE_NOTE);
    for (const flags of [[], ['--tile']]) {
      const out = join(dir, `surrogate${flags.length}.pdf`);
      const result = await cli('export', input, '--format', 'pdf', '--out', out, ...flags);
      expect(result.code, flags.join(' ')).toBe(0);
      expect(result.stderr, flags.join(' ')).toMatch(SURROGATE_NOTE);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const prepared = prepareExport(loneSurrogate(), {
      format: 'pdf',
      options: DEFAULT_EXPORT_OPTION_VALUES,
      words: ENGLISH_REPORT_WORDS,
      date: new Date(),
    });
    expect(prepared.format === 'pdf' && prepared.pdf.title).toBe('Launch  plan');
  });
});

describe('a PNG that would be unreadably small', () => {
  it('is refused by the pipeline before anything is rasterised', () => {
    for (const journey of [farCard(), manyStages()]) {
      const request = {
        format: 'png',
        options: DEFAULT_EXPORT_OPTION_VALUES,
        words: ENGLISH_REPORT_WORDS,
        date: new Date(),
      } as const;
      expect(() => prepareExport(journey, request)).toThrow(ExportRefusedError);
    }
    // The line is the readable minimum: at it a map is drawn, a hair below it is refused.
    expect(planRaster(16_384 / MIN_SCALE, 100, 1)).toMatchObject({ ok: true, scale: MIN_SCALE });
    expect(planRaster(16_384 / MIN_SCALE + 1, 100, 1).ok).toBe(false);
  });

  it.each([
    ['a card 100,000 px into its cell', farCard, '0.162'],
    ['3,000 stages', manyStages, '0.0184'],
  ])(
    'is refused on the command line for %s, suggesting a tiled PDF, and writes nothing',
    async (name, journey, scale) => {
      const out = join(dir, `${name.replace(/\W+/g, '-')}.png`);
      const result = await cli('export', file(name.replace(/\W+/g, '-'), journey()), '--format', 'png', '--out', out);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(TOO_SMALL);
      expect(TOO_SMALL.exec(result.stderr)![1]).toBe(scale);
      expect(existsSync(out)).toBe(false);
    },
  );

  describe('in the app', () => {
    beforeAll(async () => {
      await initI18n('en');
      // The app loads other languages' catalogues on first need; this test asks for zh-CN directly.
      i18next.addResourceBundle('zh-CN', 'translation', zhCN);
    });

    it('is refused in the UI language before the canvas is touched', async () => {
      const { ExportRefused, produceExport } = await import('../../../renderer/export/produceExport');
      const { DEFAULT_EXPORT_OPTIONS } = await import('../../../renderer/export/exportFormats');
      const options = { ...DEFAULT_EXPORT_OPTIONS, format: 'png' as const };
      const steps: string[] = [];
      // Node has no Image or canvas: reaching the rasteriser would fail differently.
      const english = produceExport(farCard(), options, i18next.t, (step) => steps.push(step));
      await expect(english).rejects.toThrow(ExportRefused);
      await expect(english).rejects.toThrow(/too large for a readable PNG.*--format pdf --tile/);
      expect(steps).toEqual(['render']);
      const chinese = produceExport(manyStages(), options, i18next.getFixedT('zh-CN'), () => undefined);
      await expect(chinese).rejects.toThrow(/太大，无法导出清晰可读的 PNG.*0\.0184×/);
    });
  });
});

describe('a tiled PDF of a map with a card 100,000 px into its cell', () => {
  it('is refused for its page count, and fits on one page without --tile', async () => {
    const input = file('far-pdf', farCard());
    const tiled = await cli('export', input, '--format', 'pdf', '--tile', '--out', join(dir, 'far-tiled.pdf'));
    expect(tiled.code).toBe(2);
    expect(tiled.stderr).toMatch(
      /^journey-studio export: The map is \d+×\d+ px: tiled at natural size it would need \d+ pages, more than the 1000 a PDF may have\. Fit it on one page \(without --tile\), or export it as SVG\.\n$/,
    );
    const fitted = await cli('export', input, '--format', 'pdf', '--out', join(dir, 'far.pdf'));
    expect(fitted).toMatchObject({ code: 0, stderr: '' });
  });
});
