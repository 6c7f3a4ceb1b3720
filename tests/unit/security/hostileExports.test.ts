/**
 * The hostile fixture (every user-fillable field holds a script payload) through every export,
 * in the app (produceExport) and on the command line (buildExport): markup is escaped, nothing
 * can run, CSV formulas are neutralised, and the PDF carries no actions.
 */
import { readFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../electron/node/export/exportJourney';
import type { ExportFormat } from '../../../shared/export';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../renderer/export/exportFormats';
import { produceExport } from '../../../renderer/export/produceExport';
import { escapeXml } from '../../../shared/render';
import { loadJourneyText, serializeJourney, type Journey } from '../../../shared/model';
import { HOSTILE_FILE_NAME, buildHostileJourney } from '../../fixtures/hostile/buildHostileJourney';
import { HOSTILE_PAYLOADS } from '../../fixtures/hostile/payloads';
import { xmlProblems } from '../fuzz/xmlWellFormed';
import { liveTags, parseCsv } from '../report/markupChecks';

const fileText = readFileSync(new URL(`../../fixtures/hostile/${HOSTILE_FILE_NAME}`, import.meta.url), 'utf8');
const { texts } = buildHostileJourney();
const loaded = loadJourneyText(fileText);
const journey = (loaded.ok ? loaded.journey : undefined) as Journey;
/** Pieces of the payloads that may appear only escaped. */
const RAW_MARKUP = ['<img', '<script', '</script', '<svg onload', '<iframe', '<a href', ']]><'];
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;
/** Words are the t function's keys here; the exports' wording is not what is tested. */
const t = ((key: string) => key) as unknown as TFunction;

function expectInertMarkup(markup: string): void {
  for (const raw of RAW_MARKUP) expect(markup, raw).not.toContain(raw);
  // No script element, event-handler attribute or javascript: URL; escaped text inside a quoted value is inert.
  expect(liveTags(markup)).toEqual([]);
}

function expectNeutralCsv(...tables: string[]): void {
  const cells = tables.flatMap((csv) => parseCsv(csv.replace(/^\uFEFF/, '')).flat());
  const live = cells.filter((c) => FORMULA_START.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
  expect(live).toEqual([]);
  for (const formula of ['=HYPERLINK(', '+cmd|', '-2+3', '@SUM(']) {
    expect(
      cells.some((c) => c.startsWith(`'${formula}`)),
      formula,
    ).toBe(true);
  }
}

describe('the hostile fixture', () => {
  it('is the committed file, valid, with a payload in every field', () => {
    expect(fileText).toBe(serializeJourney(buildHostileJourney().journey));
    expect(loaded.ok).toBe(true);
    for (const payload of HOSTILE_PAYLOADS) expect(fileText).toContain(JSON.stringify(payload).slice(1, -1));
    expect(Object.keys(texts).length).toBeGreaterThanOrEqual(30);
  });
});

describe.each(['svg', 'html', 'md', 'csv', 'json', 'pdf'] as const)('command-line export as %s', (format) => {
  it('keeps every payload inert', async () => {
    const result = await buildExport(journey, `/tmp/hostile.${format}`, { format, date: new Date(2026, 0, 1) });
    if (format === 'csv') expectNeutralCsv(...result.files.map((f) => f.data as string));
    for (const file of result.files) {
      if (format === 'pdf') {
        const pdf = Buffer.from(file.data as Uint8Array).toString('latin1');
        expect(pdf.startsWith('%PDF-')).toBe(true);
        expect(pdf).not.toMatch(/\/(JavaScript|JS|Launch|URI|SubmitForm|OpenAction|AA)\b/);
        continue;
      }
      const data = file.data as string;
      if (format === 'svg') {
        expect(xmlProblems(data)).toEqual([]);
        expectInertMarkup(data);
        expect(data).toContain(`<title>${escapeXml(texts['journey title']!)}</title>`);
      }
      if (format === 'html') {
        expectInertMarkup(data);
        expect(data).toContain(escapeXml(texts['pain 1 text']!));
        expect(data).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
      }
      if (format === 'md') expect(data).not.toMatch(/<[A-Za-z!/?]/);
      if (format === 'json') expect(JSON.parse(data).journey.title).toBe(texts['journey title']);
    }
  });
});

describe.each(['svg', 'html', 'md', 'csv'] as const)('in-app export as %s', (format: ExportFormat) => {
  it('keeps every payload inert', async () => {
    const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, format: format as ExportOptions['format'] };
    const produced = await produceExport(journey, options, t, () => undefined);
    const data = await produced.blob.text();
    if (format === 'svg') expect(xmlProblems(data)).toEqual([]);
    if (format === 'svg' || format === 'html') expectInertMarkup(data);
    if (format === 'md') expect(data).not.toMatch(/<[A-Za-z!/?]/);
    if (format === 'csv') expectNeutralCsv(data);
    expect(produced.fileName).not.toMatch(/[<>"/\\:*?|]/);
  });
});
