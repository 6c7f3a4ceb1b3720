/** buildExport: which files each format makes and what they start with. */
import { describe, expect, it } from 'vitest';
import { buildExport, exportPaths } from '../../../electron/node/export/exportJourney';
import { isoDate } from '../../../shared/export';
import { computeReport, renderReportJson } from '../../../shared/report';
import { coffee, dental } from '../report/fixtureJourneys';

const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));

describe('exportPaths', () => {
  it('writes one file, or two named after --out for CSV', () => {
    expect(exportPaths('/x/map.png', 'png')).toEqual(['/x/map.png']);
    expect(exportPaths('/x/report.csv', 'csv')).toEqual(['/x/report.touchpoints.csv', '/x/report.pain-points.csv']);
    expect(exportPaths('/x/report', 'csv')).toEqual(['/x/report.touchpoints.csv', '/x/report.pain-points.csv']);
  });
});

describe('buildExport', () => {
  it('gives the SVG, with a transparent background on request', async () => {
    const result = await buildExport(coffee(), '/x/m.svg', { format: 'svg', background: 'transparent' });
    expect(result.files).toHaveLength(1);
    expect(text(result.files[0]!.data)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text(result.files[0]!.data)).not.toContain('<rect x="0" y="0"');
  });

  it('gives a PNG and a PDF', async () => {
    const png = await buildExport(coffee(), '/x/m.png', { format: 'png', scale: 0.5 });
    expect(
      Buffer.from(png.files[0]!.data as Uint8Array)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const pdf = await buildExport(coffee(), '/x/m.pdf', { format: 'pdf', date: new Date(2026, 2, 1) });
    expect(
      Buffer.from(pdf.files[0]!.data as Uint8Array)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('gives the report formats, the JSON exactly the contract', async () => {
    const journey = dental();
    const json = await buildExport(journey, '/x/r.json', { format: 'json' });
    expect(json.files[0]!.data).toBe(renderReportJson(computeReport(journey)));
    const md = await buildExport(journey, '/x/r.md', { format: 'md' });
    expect(text(md.files[0]!.data)).toMatch(/^# CX report: Dental check-up\n/);
    const html = await buildExport(journey, '/x/r.html', { format: 'html', date: new Date(2026, 2, 1) });
    expect(text(html.files[0]!.data)).toContain('generated 2026-03-01');
  });

  it('gives two CSV files with a byte-order mark so spreadsheets read UTF-8', async () => {
    const csv = await buildExport(dental(), '/x/r.csv', { format: 'csv' });
    expect(csv.files.map((f) => f.path)).toEqual(['/x/r.touchpoints.csv', '/x/r.pain-points.csv']);
    expect(text(csv.files[0]!.data).startsWith('\uFEFFStage,Stage id,')).toBe(true);
    expect(text(csv.files[1]!.data).startsWith('\uFEFFRank,Severity,')).toBe(true);
  });
});

describe('isoDate', () => {
  it('formats the local calendar date', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
