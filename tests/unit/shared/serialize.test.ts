import { describe, expect, it } from 'vitest';
import { createJourney, createStage, createTouchpoint, serializeJourney, type Journey } from '../../../shared/model';

describe('serializeJourney', () => {
  it('writes keys in the fixed order, 2-space indent and a trailing newline', () => {
    const journey = {
      ...createJourney({ title: 'T', now: new Date('2026-01-01T00:00:00Z') }),
      lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' as const }],
    };
    const shuffled = Object.fromEntries(Object.entries(journey).reverse()) as Journey;
    const text = serializeJourney(shuffled);
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
    expect(text).toBe(serializeJourney(journey));
  });

  it('orders nested touchpoint keys and puts unknown keys last, in their own order', () => {
    const journey = {
      ...createJourney(),
      lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' as const }],
    };
    const stage = createStage();
    const tp = { zeta: 1, ...createTouchpoint(stage.id, 'lane-1', { emotions: { 'persona-1': 1 } }), alpha: 2 };
    journey.stages.push(stage);
    journey.touchpoints.push(tp);
    const keys = Object.keys(JSON.parse(serializeJourney(journey)).touchpoints[0]);
    expect(keys).toEqual([
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
  });

  it('omits optional fields that are undefined', () => {
    const journey = {
      ...createJourney(),
      lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' as const }],
    };
    journey.description = undefined;
    expect(serializeJourney(journey)).not.toContain('description');
  });
});
