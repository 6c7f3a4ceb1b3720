import { describe, expect, it } from 'vitest';
import { journeyTabOrder, laneNodeId } from '../../../../renderer/canvas/tabOrder';
import { createJourney, createStage, createTouchpoint } from '../../../../shared/model';

describe('journeyTabOrder', () => {
  it('goes stage by stage, each lane before its cards, the cards top to bottom then left to right', () => {
    const [a, b] = [createStage({ name: 'A' }), createStage({ name: 'B' })];
    // Created out of order on purpose: creation order must not decide the Tab order.
    const lowInB = createTouchpoint(b.id, 'lane-1', { title: 'b2', position: { x: 24, y: 300 } });
    const rightInA = createTouchpoint(a.id, 'lane-1', { title: 'a2', position: { x: 300, y: 24 } });
    const topInB = createTouchpoint(b.id, 'lane-1', { title: 'b1', position: { x: 24, y: 24 } });
    const leftInA = createTouchpoint(a.id, 'lane-1', { title: 'a1', position: { x: 24, y: 24 } });
    const belowInA = createTouchpoint(a.id, 'lane-1', { title: 'a3', position: { x: 24, y: 200 } });
    const journey = {
      ...createJourney({ title: 'T' }),
      lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' as const }],
      stages: [a, b],
      touchpoints: [lowInB, rightInA, topInB, leftInA, belowInA],
    };
    expect(journeyTabOrder(journey)).toEqual([
      laneNodeId(a.id),
      leftInA.id,
      rightInA.id,
      belowInA.id,
      laneNodeId(b.id),
      topInB.id,
      lowInB.id,
    ]);
  });

  it('lists an empty stage’s lane too', () => {
    const stage = createStage({ name: 'Empty' });
    expect(
      journeyTabOrder({
        ...createJourney({ title: 'T' }),
        lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' as const }],
        stages: [stage],
      }),
    ).toEqual([laneNodeId(stage.id)]);
  });
});
