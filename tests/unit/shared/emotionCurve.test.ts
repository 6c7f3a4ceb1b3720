/** The single persona's curve, as the overlaid curves draw it (shared/layout/personaCurves.ts). */
import { describe, expect, it } from 'vitest';
import { bandFrameOf } from '../../../shared/layout/bandFrame';
import { orderTouchpoints } from '../../../shared/layout/journeyOrder';
import { layoutMap } from '../../../shared/layout/mapLayout';
import { personaCurvesGeometry } from '../../../shared/layout/personaCurves';
import { loadJourneyText } from '../../../shared/model';
import { VALID_SAMPLE, readFixture } from '../../helpers/fixtures';

describe('the emotion curve of one persona', () => {
  it('puts one point per rated touchpoint in journey order, higher emotion higher up, below the lanes', () => {
    const r = loadJourneyText(readFixture(VALID_SAMPLE));
    if (!r.ok) throw new Error('sample');
    const layout = layoutMap(r.journey);
    const g = personaCurvesGeometry(r.journey.personas, orderTouchpoints(r.journey), bandFrameOf(layout))!;
    expect(g.curves).toHaveLength(1);
    const [curve] = g.curves;
    expect(curve!.points.map((p) => [p.touchpointId, p.emotion])).toEqual([
      ['tp-ad', 0],
      ['tp-order', 1],
      ['tp-pickup', -1],
    ]);
    expect(g.band.y).toBeGreaterThan(layout.height);
    expect(curve!.points[1]!.y).toBeLessThan(curve!.points[0]!.y);
    expect(curve!.points[2]!.y).toBeGreaterThan(curve!.points[0]!.y);
    expect(curve!.path.startsWith('M ')).toBe(true);
    expect(curve!.path.match(/C /g)).toHaveLength(2);
  });

  it('has no curve without stages', () => {
    const r = loadJourneyText(readFixture(VALID_SAMPLE));
    if (!r.ok) throw new Error('sample');
    const empty = { ...r.journey, stages: [], touchpoints: [] };
    expect(personaCurvesGeometry(empty.personas, [], bandFrameOf(layoutMap(empty)))).toBeNull();
  });
});
