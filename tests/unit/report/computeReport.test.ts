/** Report figures against values worked out by hand from the fixtures (see the comments). */
import { describe, expect, it } from 'vitest';
import { computeReport, renderReportJson } from '../../../shared/report';
import { clean, coffee, dental } from './fixtureJourneys';

describe('computeReport on dental-warnings.journey', () => {
  const report = computeReport(dental());

  it('uses exactly the field names of the report contract (docs/cli.md)', () => {
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
    expect(Object.keys(report.stages[0]!)).toEqual([
      'id',
      'name',
      'touchpointCount',
      'averageEmotion',
      'painPointCount',
      'worstSeverity',
      'channels',
    ]);
    expect(Object.keys(report.painPoints[0]!)).toEqual(['id', 'touchpointId', 'stageId', 'text', 'severity', 'source']);
    expect(Object.keys(report.kpis[0]!)).toEqual([
      'touchpointId',
      'metricId',
      'kpi',
      'baseline',
      'current',
      'target',
      'delta',
      'progress',
      'unit',
    ]);
    expect(Object.keys(report.opportunities[0]!)).toEqual(['id', 'touchpointId', 'text', 'impact', 'effort', 'status']);
  });

  it('counts the totals', () => {
    // 4 stages; 6 touchpoints; pain points p1..p5; moments of truth t-call and t-gift; a version 1
    // file: no steps, its one persona.
    expect(report.journey).toEqual({ id: 'journey-dental', title: 'Dental check-up' });
    expect(report.totals).toEqual({
      stages: 4,
      touchpoints: 6,
      painPoints: 5,
      momentsOfTruth: 2,
      steps: 0,
      personas: 1,
    });
  });

  it('gives per-stage figures with null where nothing is rated or painful', () => {
    expect(report.stages).toEqual([
      // Book: t-call (-1), t-web (+1) → 0; p1 and p5 both severity 3; both on the phone.
      {
        id: 's-book',
        name: 'Book',
        touchpointCount: 2,
        averageEmotion: 0,
        painPointCount: 2,
        worstSeverity: 3,
        channels: ['phone'],
      },
      // Visit: t-wait (-2), t-gift (+1), t-treat unrated → -0.5; p2 (5), p3 (2), p4 (4).
      {
        id: 's-visit',
        name: 'Visit',
        touchpointCount: 3,
        averageEmotion: -0.5,
        painPointCount: 3,
        worstSeverity: 5,
        channels: ['in-person', 'self-service'],
      },
      // Follow-up: only t-review, unrated and without pain points.
      {
        id: 's-follow',
        name: 'Follow-up',
        touchpointCount: 1,
        averageEmotion: null,
        painPointCount: 0,
        worstSeverity: null,
        channels: ['email'],
      },
      {
        id: 's-loyalty',
        name: 'Loyalty',
        touchpointCount: 0,
        averageEmotion: null,
        painPointCount: 0,
        worstSeverity: null,
        channels: [],
      },
    ]);
  });

  it('ranks pain points by severity, ties in journey order (not file order)', () => {
    // p1 (t-call, y 24) and p5 (t-web, y 168) tie at 3; t-web comes first in the file.
    expect(report.painPoints.map((p) => [p.id, p.severity])).toEqual([
      ['p2', 5],
      ['p4', 4],
      ['p1', 3],
      ['p5', 3],
      ['p3', 2],
    ]);
    expect(report.painPoints[0]).toEqual({
      id: 'p2',
      touchpointId: 't-wait',
      stageId: 's-visit',
      text: 'Waited 40 minutes past the appointment',
      severity: 5,
      source: 'direct',
    });
  });

  it('counts the pyramid overall and by stage, empty stages included', () => {
    expect(report.pyramid).toEqual({
      utility: 2, // t-call, t-wait
      usability: 3, // t-web, t-treat, t-review
      delight: 1, // t-gift
      byStage: {
        's-book': { utility: 1, usability: 1, delight: 0 },
        's-visit': { utility: 1, usability: 1, delight: 1 },
        's-follow': { utility: 0, usability: 1, delight: 0 },
        's-loyalty': { utility: 0, usability: 0, delight: 0 },
      },
    });
  });

  it('raises each warning code once, stage by stage', () => {
    expect(report.warnings.map((w) => [w.code, w.stageId, w.touchpointId])).toEqual([
      ['single-channel-stage', 's-book', undefined],
      ['unmeasured-moment-of-truth', 's-book', 't-call'],
      ['delight-on-broken-base', 's-visit', undefined],
    ]);
    expect(report.warnings[2]!.message).toBe(
      'Stage "Visit" has delight touchpoints while utility touchpoint "Waiting room" has a pain point of severity 5: fix the base first.',
    );
  });

  it('builds the channel × stage matrix with zeros for every stage', () => {
    expect(report.channelMatrix).toEqual({
      phone: { 's-book': 2, 's-visit': 0, 's-follow': 0, 's-loyalty': 0 },
      'in-person': { 's-book': 0, 's-visit': 2, 's-follow': 0, 's-loyalty': 0 },
      'self-service': { 's-book': 0, 's-visit': 1, 's-follow': 0, 's-loyalty': 0 },
      email: { 's-book': 0, 's-visit': 0, 's-follow': 1, 's-loyalty': 0 },
    });
  });

  it('computes KPI delta and progress, null where the report contract says', () => {
    expect(report.kpis).toEqual([
      // Lower is better: 40 → 25 aiming at 10: delta -15, progress -15 / -30.
      {
        touchpointId: 't-wait',
        metricId: 'm4',
        kpi: 'custom',
        baseline: 40,
        current: 25,
        target: 10,
        delta: -15,
        progress: 0.5,
        unit: null,
      },
      {
        touchpointId: 't-gift',
        metricId: 'm1',
        kpi: 'csat',
        baseline: 70,
        current: 80,
        target: 90,
        delta: 10,
        progress: 0.5,
        unit: '%',
      },
      // Target equals baseline: no progress.
      {
        touchpointId: 't-review',
        metricId: 'm2',
        kpi: 'nps',
        baseline: 20,
        current: 25,
        target: 20,
        delta: 5,
        progress: null,
        unit: null,
      },
      // No baseline: neither delta nor progress.
      {
        touchpointId: 't-review',
        metricId: 'm3',
        kpi: 'custom',
        baseline: null,
        current: 3,
        target: 5,
        delta: null,
        progress: null,
        unit: null,
      },
    ]);
  });

  it('ranks opportunities by impact, then lower effort, then journey order', () => {
    expect(report.opportunities.map((o) => [o.id, o.impact, o.effort])).toEqual([
      ['o2', 5, 1], // t-call comes before t-web in journey order
      ['o5', 5, 1],
      ['o1', 5, 3],
      ['o4', 3, 3],
      ['o3', 2, 1],
    ]);
    expect(report.opportunities[0]).toEqual({
      id: 'o2',
      touchpointId: 't-call',
      text: 'Online booking',
      impact: 5,
      effort: 1,
      status: 'in-progress',
    });
  });

  it('serialises as JSON that parses back to the same report', () => {
    const json = renderReportJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('computeReport on other journeys', () => {
  it('raises no warning when every condition falls one step short (clean.journey)', () => {
    expect(computeReport(clean()).warnings).toEqual([]);
  });

  it('reports the coffee sample', () => {
    const report = computeReport(coffee());
    expect(report.totals).toEqual({
      stages: 3,
      touchpoints: 3,
      painPoints: 2,
      momentsOfTruth: 1,
      steps: 0,
      personas: 1,
    });
    expect(report.kpis).toEqual([
      // 12 → 15 aiming at 20: 3 / 8.
      {
        touchpointId: 'tp-order',
        metricId: 'kpi-1',
        kpi: 'conversion-rate',
        baseline: 12,
        current: 15,
        target: 20,
        delta: 3,
        progress: 0.375,
        // The unit the user typed comes with the figures.
        unit: '%',
      },
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('treats ids such as __proto__ and constructor as plain keys', () => {
    const journey = coffee();
    journey.stages[0]!.id = '__proto__';
    journey.touchpoints[0]!.stageId = '__proto__';
    journey.touchpoints[0]!.channel = 'constructor';
    journey.channels = [{ id: 'constructor', name: 'Odd' }];
    const report = computeReport(journey);
    expect(Object.getPrototypeOf(report.pyramid.byStage)).toBeNull();
    expect(report.pyramid.byStage['__proto__']).toEqual({ utility: 1, usability: 0, delight: 0 });
    expect(report.channelMatrix['constructor']!['__proto__']).toBe(1);
    expect(JSON.parse(renderReportJson(report)).pyramid.byStage.__proto__).toEqual({
      utility: 1,
      usability: 0,
      delight: 0,
    });
  });

  it('reports an empty journey with zeros and empty lists', () => {
    const journey = coffee();
    journey.stages = [];
    journey.touchpoints = [];
    journey.connections = [];
    const report = computeReport(journey);
    expect(report.totals).toEqual({
      stages: 0,
      touchpoints: 0,
      painPoints: 0,
      momentsOfTruth: 0,
      steps: 0,
      personas: 1,
    });
    expect(report).toMatchObject({
      stages: [],
      painPoints: [],
      warnings: [],
      kpis: [],
      opportunities: [],
      channelMatrix: {},
    });
  });
});
