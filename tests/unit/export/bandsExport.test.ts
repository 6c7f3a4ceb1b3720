/** The export pipeline draws the bands it is asked for (the map's view in the app) in every map format. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTION_VALUES, prepareExport, type ExportRequest } from '../../../shared/export';
import { ENGLISH_REPORT_WORDS } from '../../../shared/report';
import { personasBlueprint } from '../report/fixtureJourneys';

const request = (format: ExportRequest['format'], bands?: ExportRequest['bands']): ExportRequest => ({
  format,
  options: DEFAULT_EXPORT_OPTION_VALUES,
  words: ENGLISH_REPORT_WORDS,
  date: new Date('2026-12-01T10:00:00Z'),
  ...(bands ? { bands } : {}),
});

describe('prepareExport with bands', () => {
  const journey = personasBlueprint();

  it('leaves them out unless asked', () => {
    const svg = prepareExport(journey, request('svg'));
    if (svg.format !== 'svg') throw new Error('svg');
    expect(svg.text).not.toContain('>Card declined twice</text>');
  });

  it('draws them into SVG, PNG, the PDF map parts and the HTML report map', () => {
    const bands = { painPoints: true, opportunities: true };
    for (const format of ['svg', 'png'] as const) {
      const prepared = prepareExport(journey, request(format, bands));
      if (prepared.format !== format) throw new Error(format);
      expect(prepared.map.svg).toContain('>Card declined twice</text>');
      expect(prepared.map.svg).toContain('>Offer invoice</text>');
    }
    const pdf = prepareExport(journey, request('pdf', bands));
    if (pdf.format !== 'pdf') throw new Error('pdf');
    expect(pdf.parts.map((p) => p.map.svg).join('')).toContain('>Card declined twice</text>');
    // The findings pages carry the personas' figures.
    expect(pdf.document.some((b) => b.kind === 'table' && b.caption === 'Personas')).toBe(true);
    const html = prepareExport(journey, request('html', { painPoints: true }));
    if (html.format !== 'html') throw new Error('html');
    expect(html.text).toContain('>Card declined twice</text>');
  });
});
