/** The Markdown, CSV and HTML renderings: the same numbers as the JSON, and file text made inert. */
import { describe, expect, it } from 'vitest';
import {
  computeReport,
  joinCsvSections,
  neutraliseCsvText,
  renderReportCsv,
  renderReportHtml,
  renderReportMarkdown,
  ENGLISH_REPORT_WORDS,
} from '../../../shared/report';
import { channelName, primaryEmotionOf, type Journey, type Touchpoint } from '../../../shared/model';
import { HOSTILE_MARKUP, chinese, dental, hostile } from './fixtureJourneys';
import { externalReferences, liveTags, parseCsv } from './markupChecks';

/**
 * The touchpoint table's columns and, for those that copy a field, the cell each touchpoint
 * must get (the summaries of pain points, opportunities and metrics are checked below).
 */
const TOUCHPOINT_COLUMNS: [string, ((tp: Touchpoint, journey: Journey) => string | number | undefined) | null][] = [
  ['Stage', (tp, j) => j.stages.find((s) => s.id === tp.stageId)!.name],
  ['Stage id', (tp) => tp.stageId],
  ['Touchpoint id', (tp) => tp.id],
  ['Title', (tp) => tp.title],
  ['Description', (tp) => tp.description],
  ['Channel', (tp, j) => channelName(tp.channel, j.channels)],
  ['Channel id', (tp) => tp.channel],
  ['Tier', (tp) => tp.tier],
  ['Emotion', (tp, j) => primaryEmotionOf(j, tp)],
  ['Moment of truth', (tp) => (tp.momentOfTruth ? 'yes' : 'no')],
  ['Pain points', (tp) => tp.painPoints.length],
  ['Worst severity', (tp) => (tp.painPoints.length ? Math.max(...tp.painPoints.map((p) => p.severity)) : undefined)],
  ['Pain point details', null],
  ['Opportunities', null],
  ['Metrics', null],
  ['Owner', (tp) => tp.owner],
  ['Notes', (tp) => tp.notes],
];

/** What a value becomes in a cell: numbers as they are, text from the file made inert. */
const asCell = (v: string | number | undefined) => (typeof v === 'number' ? String(v) : neutraliseCsvText(v ?? ''));

const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

describe('Markdown', () => {
  const journey = dental();
  const md = renderReportMarkdown(journey, computeReport(journey), ENGLISH_REPORT_WORDS);

  it('carries the same figures as the JSON', () => {
    expect(md).toContain('| 4 | 6 | 5 | 2 |');
    expect(md).toContain('| 2 | Visit | 3 | -0.5 | 3 | 5 | In person, Self-service |');
    expect(md).toContain('| 4 | Loyalty | 0 | — | 0 | — |  |');
    expect(md).toContain('| 1 | 5 | Waited 40 minutes past the appointment | direct | Waiting room | Visit |');
    expect(md).toContain('| Waiting room | Wait (min) | 40 | 25 | 10 | -15 | 50% |');
    expect(md).toContain('| Review request email | Net Promoter Score | 20 | 25 | 20 | +5 | — |');
    expect(md).toContain('- **delight-on-broken-base**: Stage "Visit" has delight touchpoints');
    expect(md).toContain('| Phone | 2 | 0 | 0 | 0 |');
  });

  it('escapes markup, table pipes and emphasis from the file', () => {
    const text = renderReportMarkdown(hostile(), computeReport(hostile()), ENGLISH_REPORT_WORDS);
    for (const bad of HOSTILE_MARKUP) expect(text).not.toContain(bad);
    expect(text).toContain('-10 points \\| \\*bold\\* \\_em\\_ \\[link\\](javascript:alert(1))');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('CSV', () => {
  it('has one row per touchpoint in journey order with every annotation', () => {
    const journey = dental();
    const rows = parseCsv(renderReportCsv(journey, computeReport(journey), ENGLISH_REPORT_WORDS).touchpoints);
    expect(rows).toHaveLength(1 + 6);
    // Each column is checked against the touchpoint it describes, so a header that does not
    // match its cells (a column moved, dropped or mislabelled) fails, not only a renamed one.
    expect(rows[0]).toEqual(TOUCHPOINT_COLUMNS.map(([name]) => name));
    // The hostile file fills description, owner and notes, which the dental one leaves empty.
    for (const sample of [journey, hostile()]) {
      const table = parseCsv(renderReportCsv(sample, computeReport(sample), ENGLISH_REPORT_WORDS).touchpoints);
      expect(table).toHaveLength(1 + sample.touchpoints.length);
      for (const row of table.slice(1)) {
        expect(row).toHaveLength(TOUCHPOINT_COLUMNS.length);
        const tp = sample.touchpoints.find((t) => t.id === row[2])!;
        TOUCHPOINT_COLUMNS.forEach(([name, expected], i) => {
          if (expected) expect(row[i], `${tp.id} ${name}`).toBe(asCell(expected(tp, sample)));
        });
      }
    }
    expect(rows.slice(1).map((r) => r[2])).toEqual(['t-call', 't-web', 't-wait', 't-gift', 't-treat', 't-review']);
    const wait = rows[3]!;
    expect(wait.slice(0, 12)).toEqual([
      'Visit',
      's-visit',
      't-wait',
      'Waiting room',
      '',
      'In person',
      'in-person',
      'utility',
      '-2',
      'no',
      '2',
      '5',
    ]);
    expect(wait[12]).toBe(
      'Waited 40 minutes past the appointment (severity 5, direct, evidence: Front-desk log); No seats left (severity 2, indirect)',
    );
    expect(wait[13]).toBe('Text patients when running late (impact 5, effort 3, idea)');
    expect(wait[14]).toBe('Wait (min): baseline 40, current 25, target 10');
  });

  it('lists pain points most severe first', () => {
    const journey = dental();
    const rows = parseCsv(renderReportCsv(journey, computeReport(journey), ENGLISH_REPORT_WORDS).painPoints);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[9]])).toEqual([
      ['1', '5', 'p2'],
      ['2', '4', 'p4'],
      ['3', '3', 'p1'],
      ['4', '3', 'p5'],
      ['5', '2', 'p3'],
    ]);
    expect(rows[1]!.slice(2, 9)).toEqual([
      'Waited 40 minutes past the appointment',
      'direct',
      'Front-desk log',
      'Waiting room',
      't-wait',
      'Visit',
      's-visit',
    ]);
  });

  it('neutralises every text cell a spreadsheet would run as a formula', () => {
    const tables = renderReportCsv(hostile(), computeReport(hostile()), ENGLISH_REPORT_WORDS);
    const cells = [...parseCsv(tables.touchpoints), ...parseCsv(tables.painPoints)].flat();
    expect(cells.filter((c) => FORMULA_START.test(c) && !NUMBER.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://x","click")`);
    expect(cells).toContain(`'@SUM(A1:A2)`);
    expect(cells).toContain(`'=1+1`);
    expect(cells).toContain(`'\tTabbed`);
    expect(cells).toContain(`'-10 points | *bold* _em_ [link](javascript:alert(1))`);
    expect(cells).toContain('line one\nline two, "quoted"');
  });

  it('neutraliseCsvText leaves ordinary text and inner signs alone', () => {
    expect(neutraliseCsvText('Costs = too high')).toBe('Costs = too high');
    expect(neutraliseCsvText('  =1')).toBe("'  =1");
    expect(neutraliseCsvText('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(neutraliseCsvText('退货流程')).toBe('退货流程');
  });

  it('joins both tables into titled sections for standard output', () => {
    const tables = renderReportCsv(chinese(), computeReport(chinese()), ENGLISH_REPORT_WORDS);
    const joined = joinCsvSections(tables);
    expect(joined.startsWith('# touchpoints\r\nStage,')).toBe(true);
    expect(joined).toContain('\r\n\r\n# pain-points\r\nRank,');
    expect(joined).toContain('快递晚了两天，没有任何通知');
  });
});

describe('HTML', () => {
  it('is self-contained: no scripts, no external resources, and a CSP that forbids both', () => {
    const journey = chinese();
    const html = renderReportHtml(journey, computeReport(journey), { generatedAt: '2026-03-01' });
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(liveTags(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).toContain('generated 2026-03-01');
  });

  it('shows the map, both charts, the warnings and the tables', () => {
    const journey = dental();
    const html = renderReportHtml(journey, computeReport(journey));
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).toContain('aria-label="Emotion curve"');
    expect(html).toContain('aria-label="CX pyramid"');
    // Warnings in plain words: the sentence, never the code (issue 17).
    expect(html).toContain('All 2 touchpoints of stage &quot;Book&quot; use one channel (Phone)');
    expect(html).not.toContain('single-channel-stage');
    for (const caption of [
      'Stages',
      'Pain points, most severe first',
      'CX pyramid by stage',
      'Channels by stage (touchpoints)',
      'KPIs: before and after',
      'Opportunities, highest impact first',
    ]) {
      expect(html).toContain(`<caption>${caption}</caption>`);
    }
    expect(html).toContain('<td class="n">-15</td><td class="n">50%</td>');
  });

  it('escapes every string from the file', () => {
    const html = renderReportHtml(hostile(), computeReport(hostile()));
    for (const bad of HOSTILE_MARKUP) expect(html).not.toContain(bad);
    expect(liveTags(html)).toEqual([]);
    expect(html).toContain('<title>CX report: &lt;img src=x onerror=alert(1)&gt;</title>');
    expect(html).not.toContain('\u0007');
  });
});

describe('the markup checks themselves', () => {
  it('catch live markup and external references', () => {
    expect(liveTags('<p><img src=x onerror=alert(1)></p>')).toHaveLength(1);
    expect(liveTags('<svg onload="alert(1)">')).toHaveLength(1);
    expect(liveTags('</title><script>alert(1)</script>')).toHaveLength(1);
    expect(liveTags('<a href="javascript:alert(1)">')).toHaveLength(1);
    expect(liveTags('<p title="&lt;img onerror=x&gt;">')).toEqual([]);
    expect(externalReferences('<img src="http://x/y.png"><use href="#local"/>')).toEqual(['http://x/y.png']);
  });
});
