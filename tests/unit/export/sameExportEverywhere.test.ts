/**
 * An English export is the same from the app and from the command line: both hosts run the
 * one pipeline in shared/export, the app with i18next's English words, the CLI with the
 * English catalogue's translator. Compared here on every text format, byte for byte.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { DEFAULT_EXPORT_OPTION_VALUES, prepareExport, type ExportFormat } from '../../../shared/export';
import { DEFAULT_MAP_LABELS, type MapLabels } from '../../../shared/render';
import { ENGLISH_REPORT_WORDS, joinCsvSections, type ReportWords } from '../../../shared/report';
import { initI18n } from '../../../renderer/settings/i18n';
import { mapLabels } from '../../../renderer/export/mapLabels';
import { reportWords } from '../../../renderer/report/reportWords';
import { buildExport } from '../../../electron/node/export/exportJourney';
import type { Journey } from '../../../shared/model';
import { coffee, dental } from '../report/fixtureJourneys';

const DATE = new Date(2026, 2, 1);
const TEXT_FORMATS = ['svg', 'html', 'md', 'json', 'csv'] as const satisfies readonly ExportFormat[];

/** A map with what the labels name: an untitled journey and stage, customer goals, every channel. */
function labelled(): Journey {
  const journey = dental();
  journey.title = '';
  journey.stages[0]!.name = ' ';
  journey.stages[1]!.customerGoal = 'Be seen on time';
  return journey;
}

let appLabels: MapLabels;
let appWords: ReportWords;
beforeAll(async () => {
  await initI18n('en');
  appLabels = mapLabels(i18next.t);
  appWords = reportWords(i18next.t, 'en');
});

function textOf(journey: Journey, format: (typeof TEXT_FORMATS)[number], words: ReportWords, theme: 'light' | 'dark') {
  const prepared = prepareExport(journey, {
    format,
    options: { ...DEFAULT_EXPORT_OPTION_VALUES, theme },
    words,
    date: DATE,
  });
  return prepared.format === 'csv' ? joinCsvSections(prepared.tables) : 'text' in prepared ? prepared.text : '';
}

describe('an English export from the app and from the command line', () => {
  it('draws the map with the same words', () => {
    expect(appLabels).toEqual(DEFAULT_MAP_LABELS);
    // The words are the catalogue's, not the ids or keys they are looked up by.
    expect(appLabels.customerGoal).toBe('Customer goal');
    expect(appLabels.channelNames['print-mail']).toBe(i18next.t('channel.print-mail'));
    expect(Object.values(appLabels.tiers)).not.toContain('tier.basic');
  });

  it.each(TEXT_FORMATS)('gives the same %s through the pipeline', (format) => {
    for (const journey of [coffee(), labelled()]) {
      for (const theme of ['light', 'dark'] as const) {
        expect(textOf(journey, format, appWords, theme)).toBe(textOf(journey, format, ENGLISH_REPORT_WORDS, theme));
      }
    }
    expect(textOf(labelled(), format, appWords, 'light')).not.toBe('');
  });

  it('gives the files the CLI writes: the same text, CSV as its two tables with a byte-order mark', async () => {
    const journey = labelled();
    for (const format of TEXT_FORMATS) {
      const cli = await buildExport(journey, `/x/out.${format}`, { format, date: DATE });
      const app = textOf(journey, format, appWords, 'light');
      if (format === 'csv') {
        const [touchpoints, painPoints] = cli.files.map((f) => String(f.data).replace(/^\uFEFF/, ''));
        expect(joinCsvSections({ touchpoints: touchpoints!, painPoints: painPoints! })).toBe(app);
      } else {
        expect(cli.files.map((f) => f.data)).toEqual([app]);
      }
    }
  });

  it('gives the same bytes from the app host (produceExport) as from the CLI host (buildExport)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(DATE);
    try {
      const { produceExport } = await import('../../../renderer/export/produceExport');
      const { DEFAULT_EXPORT_OPTIONS } = await import('../../../renderer/export/exportFormats');
      const journey = labelled();
      for (const format of ['svg', 'html', 'md', 'json'] as const) {
        const options = { ...DEFAULT_EXPORT_OPTIONS, format };
        const app = await (await produceExport(journey, options, i18next.t, () => undefined)).blob.text();
        const cli = await buildExport(journey, `/x/out.${format}`, { format, theme: options.theme });
        expect(app, format).toBe(cli.files[0]!.data);
      }
    } finally {
      vi.useRealTimers();
    }
  });
});
