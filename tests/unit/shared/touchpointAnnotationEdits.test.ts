import { describe, expect, it } from 'vitest';
import {
  createMetric,
  createOpportunity,
  createPainPoint,
  metricKpiPatch,
} from '../../../shared/edit/annotationDefaults';
import {
  addAnnotation,
  moveAnnotation,
  removeAnnotation,
  updateAnnotation,
} from '../../../shared/edit/touchpointAnnotations';
import type { Journey } from '../../../shared/model';
import { deepFreeze, frozenSample, problemsOf } from '../../helpers/editFixtures';

const painTexts = (j: Journey, tp = 'tp-a') => j.touchpoints.find((t) => t.id === tp)!.painPoints.map((p) => p.text);

function withThreePains(): Journey {
  let j: Journey = frozenSample();
  for (const text of ['slow page', 'no price', 'pop-up']) {
    j = addAnnotation(j, 'tp-a', 'painPoints', createPainPoint({ id: `pain-${text}`, text }));
  }
  return deepFreeze(j);
}

describe('addAnnotation', () => {
  it('appends to the right touchpoint only, without touching the input', () => {
    const before = frozenSample();
    const after = addAnnotation(before, 'tp-a', 'painPoints', createPainPoint({ text: 'Slow page', severity: 4 }));
    expect(painTexts(after)).toEqual(['Slow page']);
    expect(after.touchpoints[0]!.painPoints[0]).toMatchObject({ severity: 4, source: 'direct' });
    expect(before.touchpoints[0]!.painPoints).toEqual([]);
    expect(after.touchpoints[1]).toBe(before.touchpoints[1]);
    expect(problemsOf(after)).toEqual([]);
  });

  it('inserts at an index', () => {
    const j = addAnnotation(withThreePains(), 'tp-a', 'painPoints', createPainPoint({ text: 'first' }), 0);
    expect(painTexts(j)).toEqual(['first', 'slow page', 'no price', 'pop-up']);
  });

  it('adds opportunities and metrics with valid defaults', () => {
    let j = addAnnotation(frozenSample(), 'tp-b', 'opportunities', createOpportunity({ text: 'Show prices' }));
    j = addAnnotation(j, 'tp-b', 'metrics', createMetric('cart-abandonment'));
    const tp = j.touchpoints[1]!;
    expect(tp.opportunities[0]).toMatchObject({ text: 'Show prices', impact: 3, effort: 3, status: 'idea' });
    expect(tp.metrics[0]).toMatchObject({ kpi: 'cart-abandonment', unit: '%', higherIsBetter: false });
    expect(problemsOf(j)).toEqual([]);
  });

  it('refuses an invalid item, a repeated id and an unknown touchpoint', () => {
    const j = withThreePains();
    expect(addAnnotation(j, 'tp-a', 'painPoints', createPainPoint({ severity: 7 }))).toBe(j);
    expect(addAnnotation(j, 'tp-a', 'painPoints', createPainPoint({ id: 'pain-slow page' }))).toBe(j);
    expect(addAnnotation(j, 'nope', 'painPoints', createPainPoint())).toBe(j);
    expect(addAnnotation(j, 'tp-a', 'opportunities', createOpportunity({ effort: 0 }))).toBe(j);
  });
});

describe('updateAnnotation', () => {
  it('changes one field of one item', () => {
    const j = withThreePains();
    const after = updateAnnotation(j, 'tp-a', 'painPoints', 'pain-no price', { severity: 5, evidence: 'Survey Q3' });
    expect(after.touchpoints[0]!.painPoints[1]).toMatchObject({ text: 'no price', severity: 5, evidence: 'Survey Q3' });
    expect(after.touchpoints[0]!.painPoints[0]).toBe(j.touchpoints[0]!.painPoints[0]);
  });

  it('removes an optional field set to undefined', () => {
    let j = updateAnnotation(withThreePains(), 'tp-a', 'painPoints', 'pain-pop-up', { evidence: 'Hotjar' });
    j = updateAnnotation(j, 'tp-a', 'painPoints', 'pain-pop-up', { evidence: undefined });
    expect('evidence' in j.touchpoints[0]!.painPoints[2]!).toBe(false);
  });

  it.each([
    ['severity 7', { severity: 7 }],
    ['severity 0', { severity: 0 }],
    ['severity 2.5', { severity: 2.5 }],
    ['an unknown source', { source: 'gossip' }],
  ])('refuses %s', (_, patch) => {
    const j = withThreePains();
    expect(updateAnnotation(j, 'tp-a', 'painPoints', 'pain-no price', patch as never)).toBe(j);
  });

  it('refuses non-finite metric values but accepts a missing one', () => {
    let j = addAnnotation(frozenSample(), 'tp-a', 'metrics', { ...createMetric('csat'), id: 'm1', baseline: 70 });
    j = deepFreeze(j);
    expect(updateAnnotation(j, 'tp-a', 'metrics', 'm1', { current: Number.NaN })).toBe(j);
    expect(updateAnnotation(j, 'tp-a', 'metrics', 'm1', { target: Number.POSITIVE_INFINITY })).toBe(j);
    const cleared = updateAnnotation(j, 'tp-a', 'metrics', 'm1', { baseline: undefined });
    expect(cleared.touchpoints[0]!.metrics[0]!.baseline).toBeUndefined();
    expect(problemsOf(cleared)).toEqual([]);
  });

  it('refuses an opportunity status or score outside the catalogue', () => {
    let j = addAnnotation(frozenSample(), 'tp-a', 'opportunities', { ...createOpportunity(), id: 'o1' });
    j = deepFreeze(j);
    expect(updateAnnotation(j, 'tp-a', 'opportunities', 'o1', { impact: 6 })).toBe(j);
    expect(updateAnnotation(j, 'tp-a', 'opportunities', 'o1', { status: 'someday' as never })).toBe(j);
    expect(updateAnnotation(j, 'tp-a', 'opportunities', 'o1', { status: 'in-progress' })).not.toBe(j);
  });

  it('returns the same journey when nothing changes or the item is unknown', () => {
    const j = withThreePains();
    expect(updateAnnotation(j, 'tp-a', 'painPoints', 'pain-no price', { text: 'no price' })).toBe(j);
    expect(updateAnnotation(j, 'tp-a', 'painPoints', 'missing', { text: 'x' })).toBe(j);
  });
});

describe('moveAnnotation', () => {
  it('moves up and down', () => {
    const j = withThreePains();
    expect(painTexts(moveAnnotation(j, 'tp-a', 'painPoints', 'pain-pop-up', -1))).toEqual([
      'slow page',
      'pop-up',
      'no price',
    ]);
    expect(painTexts(moveAnnotation(j, 'tp-a', 'painPoints', 'pain-slow page', 1))).toEqual([
      'no price',
      'slow page',
      'pop-up',
    ]);
  });

  it('refuses to move past either end', () => {
    const j = withThreePains();
    expect(moveAnnotation(j, 'tp-a', 'painPoints', 'pain-slow page', -1)).toBe(j);
    expect(moveAnnotation(j, 'tp-a', 'painPoints', 'pain-pop-up', 1)).toBe(j);
    expect(moveAnnotation(j, 'tp-a', 'painPoints', 'missing', 1)).toBe(j);
  });
});

describe('removeAnnotation', () => {
  it('removes one item and keeps the rest in order', () => {
    const j = withThreePains();
    expect(painTexts(removeAnnotation(j, 'tp-a', 'painPoints', 'pain-no price'))).toEqual(['slow page', 'pop-up']);
    expect(removeAnnotation(j, 'tp-a', 'painPoints', 'missing')).toBe(j);
  });
});

describe('metricKpiPatch', () => {
  it('lets unit and direction follow the KPI while they are still the defaults', () => {
    const metric = createMetric('nps');
    expect(metricKpiPatch(metric, 'churn-rate')).toEqual({ kpi: 'churn-rate', unit: '%', higherIsBetter: false });
    expect(metricKpiPatch(metric, 'custom')).toEqual({ kpi: 'custom', unit: undefined, higherIsBetter: true });
  });

  it('keeps a unit or direction the user chose', () => {
    const metric = { ...createMetric('nps'), unit: 'points', higherIsBetter: false };
    expect(metricKpiPatch(metric, 'csat')).toEqual({ kpi: 'csat' });
  });
});
