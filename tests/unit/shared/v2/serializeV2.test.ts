import { describe, expect, it } from 'vitest';
import { createJourneyV2, createTouchpointV2, serializeJourneyV2, type JourneyV2 } from '../../../../shared/model/v2';

describe('serializeJourneyV2', () => {
  it('writes the document keys in the fixed order, 2-space indent and a trailing newline', () => {
    const journey = createJourneyV2({ title: 'T', now: new Date('2026-01-01T00:00:00Z') });
    const shuffled = Object.fromEntries(Object.entries(journey).reverse()) as JourneyV2;
    const text = serializeJourneyV2(shuffled);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "journey-studio",');
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'id',
      'title',
      'personas',
      'stages',
      'lanes',
      'touchpoints',
      'steps',
      'connections',
      'createdAt',
      'updatedAt',
    ]);
    expect(text).toBe(serializeJourneyV2(journey));
  });

  it('orders touchpoint and lane keys, unknown keys last in their order, emotions as they came', () => {
    const journey = createJourneyV2();
    const lane = { kind: 'touchpoints' as const, zeta: 1, name: 'L', id: 'lane-x' };
    const tp = { zeta: 1, ...createTouchpointV2('s', lane.id, { emotions: { b: 1, a: -1 } }), alpha: 2 };
    journey.lanes = [lane];
    journey.touchpoints.push(tp);
    const saved = JSON.parse(serializeJourneyV2(journey)) as JourneyV2;
    expect(Object.keys(saved.lanes[0]!)).toEqual(['id', 'name', 'kind', 'zeta']);
    expect(Object.keys(saved.touchpoints[0]!)).toEqual([
      'id',
      'stageId',
      'laneId',
      'title',
      'channel',
      'tier',
      'emotions',
      'momentOfTruth',
      'painPoints',
      'opportunities',
      'metrics',
      'position',
      'zeta',
      'alpha',
    ]);
    expect(Object.keys(saved.touchpoints[0]!.emotions)).toEqual(['b', 'a']);
  });
});
