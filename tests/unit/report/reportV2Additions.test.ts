/** computeReport's version 2 additions (docs/cli.md "The report contract"), on the hand-worked fixture. */
import { describe, expect, it } from 'vitest';
import {
  buildReportDocument,
  computeReport,
  emotionChartSvg,
  ENGLISH_REPORT_WORDS,
  renderReportJson,
  renderReportMarkdown,
} from '../../../shared/report';
import { personasBlueprint } from './fixtureJourneys';

describe('computeReport on personas-blueprint.journey', () => {
  const report = computeReport(personasBlueprint());

  it('adds personas and root causes to the contract, and steps and personas to the totals', () => {
    expect(Object.keys(report)).toEqual([
      'journey',
      'totals',
      'stages',
      'painPoints',
      'pyramid',
      'warnings',
      'channelMatrix',
      'kpis',
      'opportunities',
      'personas',
      'rootCauses',
    ]);
    // 3 stages, 4 touchpoints, 5 pain points (pp-card, pp-slow, pp-loud, pp-404, pp-lost), 1 moment of
    // truth (t-pay), 5 steps, 3 personas.
    expect(report.totals).toEqual({
      stages: 3,
      touchpoints: 4,
      painPoints: 5,
      momentsOfTruth: 1,
      steps: 5,
      personas: 3,
    });
    expect(Object.keys(report.personas[0]!)).toEqual(['id', 'name', 'averageEmotion', 'lowestTouchpointId', 'stages']);
    expect(Object.keys(report.rootCauses[0]!)).toEqual(['touchpointId', 'painPointId', 'severity', 'stepIds']);
  });

  it("averages each stage's emotion over the primary persona's ratings only", () => {
    // Ana (primary): Find t-ad 1, t-site -2 → -0.5 (Ben's -1 on t-ad is not counted); Buy t-pay -2; Use none.
    expect(report.stages.map((s) => [s.id, s.averageEmotion])).toEqual([
      ['s-find', -0.5],
      ['s-buy', -2],
      ['s-use', null],
    ]);
  });

  it('gives the per-persona figures and root causes worked out in personaFigures.test.ts and rootCauses.test.ts', () => {
    expect(report.personas.map((p) => [p.id, p.averageEmotion, p.lowestTouchpointId])).toEqual([
      ['p-ana', -1, 't-site'],
      ['p-ben', -1 / 3, 't-ad'],
      ['p-cy', null, null],
    ]);
    expect(report.rootCauses.map((c) => c.painPointId)).toEqual(['pp-card', 'pp-404', 'pp-slow']);
  });

  it('writes them into the JSON with nulls kept', () => {
    const json = JSON.parse(renderReportJson(report)) as typeof report;
    expect(json.personas[2]).toEqual({
      id: 'p-cy',
      name: 'Cy',
      averageEmotion: null,
      lowestTouchpointId: null,
      stages: { 's-find': null, 's-buy': null, 's-use': null },
    });
    expect(json.rootCauses[0]).toEqual({
      touchpointId: 't-pay',
      painPointId: 'pp-card',
      severity: 5,
      stepIds: ['st-gw', 'st-till'],
    });
  });
});

describe('the renderings of the additions', () => {
  const journey = personasBlueprint();
  const report = computeReport(journey);

  it('Markdown has the personas after the stages and the root causes after the pain points', () => {
    const md = renderReportMarkdown(journey, report, ENGLISH_REPORT_WORDS);
    const at = (text: string) => md.indexOf(text);
    expect(at('## Personas')).toBeGreaterThan(at('## Stages'));
    expect(at('## Average emotion by stage and persona')).toBeGreaterThan(at('## Personas'));
    expect(at('## Root causes')).toBeGreaterThan(at('## Pain points'));
    expect(md).toContain(
      '| Card declined twice | Pays | Payment gateway (Support processes), Checkout page (Frontstage) |',
    );
  });

  it('introduces every persona, the primary first, with what it wants', () => {
    const headings = buildReportDocument(journey, report, ENGLISH_REPORT_WORDS).flatMap((b) =>
      b.kind === 'heading' && b.text.startsWith('Persona: ') ? [b.text] : [],
    );
    expect(headings).toEqual(['Persona: Ana', 'Persona: Ben', 'Persona: Cy']);
    const md = renderReportMarkdown(journey, report, ENGLISH_REPORT_WORDS);
    expect(md).toContain('## Persona: Ben\n\n- **Needs**: Pay by invoice');
    expect(md).toContain('## Persona: Cy\n\nNever got past the ad.');
  });

  it('the report document (HTML, PDF, print view) has the same blocks; a one-persona map without steps none', () => {
    const blocks = buildReportDocument(journey, report, ENGLISH_REPORT_WORDS);
    const captions = blocks.flatMap((b) => (b.kind === 'table' ? [b.caption] : []));
    expect(captions).toContain('Personas');
    expect(captions).toContain('Root causes: severe pain points and the blueprint steps behind them');
    const plain = { ...journey, personas: journey.personas.slice(0, 1), steps: [], connections: [] };
    const plainCaptions = buildReportDocument(plain, computeReport(plain), ENGLISH_REPORT_WORDS).flatMap((b) =>
      b.kind === 'table' || b.kind === 'empty' ? [b.caption] : [],
    );
    expect(plainCaptions).not.toContain('Personas');
    expect(plainCaptions.some((c) => c.startsWith('Root causes'))).toBe(false);
  });
});

describe('the emotion chart with several personas', () => {
  it("draws one line per persona in the map's colours and patterns, with a key of their names", () => {
    const journey = personasBlueprint();
    const { svg, height } = emotionChartSvg(journey, { words: ENGLISH_REPORT_WORDS, theme: 'light' });
    // Ana (own colour, solid) and Ben (dashed) rated two or more touchpoints; Cy none.
    expect(svg).toContain('stroke="#0072b2" stroke-width="2.5" stroke-linejoin="round"/>');
    expect(svg).toMatch(/stroke="#d55e00" stroke-width="2.5" stroke-linejoin="round" stroke-dasharray="10 6"\/>/);
    for (const name of ['Ana', 'Ben', 'Cy']) expect(svg).toContain(`>${name}</text>`);
    expect(height).toBeGreaterThan(240);
    const one = emotionChartSvg(
      { ...journey, personas: journey.personas.slice(0, 1) },
      { words: ENGLISH_REPORT_WORDS, theme: 'light' },
    );
    expect(one.height).toBe(240);
    expect(one.svg).not.toContain('>Ana</text>');
  });
});
