import { describe, expect, it } from 'vitest';
import { emotionCurveGeometry } from '../../../shared/layout/emotionCurve';
import { orderTouchpoints } from '../../../shared/layout/journeyOrder';
import { layoutMap } from '../../../shared/layout/mapLayout';
import { loadJourneyText, primaryPersonaId } from '../../../shared/model';
import { VALID_SAMPLE, readFixture } from '../../helpers/fixtures';

describe('emotionCurveGeometry', () => {
  it('puts one point per rated touchpoint in journey order, higher emotion higher up, below the lanes', () => {
    const r = loadJourneyText(readFixture(VALID_SAMPLE));
    if (!r.ok) throw new Error('sample');
    const layout = layoutMap(r.journey);
    const g = emotionCurveGeometry(orderTouchpoints(r.journey), layout, primaryPersonaId(r.journey))!;
    expect(g.points.map((p) => [p.id, p.emotion])).toEqual([
      ['tp-ad', 0],
      ['tp-order', 1],
      ['tp-pickup', -1],
    ]);
    expect(g.band.y).toBeGreaterThan(layout.height);
    expect(g.points[1]!.y).toBeLessThan(g.points[0]!.y);
    expect(g.points[2]!.y).toBeGreaterThan(g.points[0]!.y);
    expect(g.path.startsWith('M ')).toBe(true);
    expect(g.path.match(/C /g)).toHaveLength(2);
  });

  it('has no curve without stages', () => {
    const r = loadJourneyText(readFixture(VALID_SAMPLE));
    if (!r.ok) throw new Error('sample');
    expect(emotionCurveGeometry([], layoutMap({ ...r.journey, stages: [], touchpoints: [] }), undefined)).toBeNull();
  });
});
