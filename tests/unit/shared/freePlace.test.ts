import { describe, expect, it } from 'vitest';
import { cardsOverlap, nearestFreePosition, placeWithoutOverlap } from '../../../shared/layout/freePlace';
import { SIZES } from '../../../shared/layout/tokens';
import { createJourney, createStage, createTouchpoint, type Journey } from '../../../shared/model';

const W = SIZES.cardWidth;
const H = SIZES.cardHeight;

describe('nearestFreePosition', () => {
  it('keeps a place that covers no card', () => {
    expect(nearestFreePosition({ x: 24, y: 400 }, [{ x: 24, y: 24 }])).toEqual({ x: 24, y: 400 });
  });

  it('moves a card dropped onto another to the nearest place beside it, touching nothing', () => {
    const occupied = [{ x: 24, y: 24 }];
    const placed = nearestFreePosition({ x: 40, y: 40 }, occupied);
    expect(cardsOverlap(placed, occupied[0]!)).toBe(false);
    // Below is nearer than beside for a card that is wider than it is tall.
    expect(placed.x).toBe(40);
    expect(placed.y).toBeGreaterThanOrEqual(24 + H);
    expect(placed.y).toBeLessThan(24 + H + 24);
  });

  it('never places a card at a negative position, and finds a gap among many cards', () => {
    const grid = [0, 1, 2].flatMap((row) => [0, 1].map((col) => ({ x: col * (W + 24), y: row * (H + 24) })));
    const placed = nearestFreePosition({ x: -50, y: 10 }, grid);
    expect(placed.x).toBeGreaterThanOrEqual(0);
    expect(placed.y).toBeGreaterThanOrEqual(0);
    for (const card of grid) expect(cardsOverlap(placed, card)).toBe(false);
  });
});

describe('placeWithoutOverlap', () => {
  function stageWith(positions: { x: number; y: number }[]): Journey {
    const stage = createStage({ name: 'S' });
    const journey = {
      ...createJourney({ title: 'T' }),
      lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' as const }],
    };
    return {
      ...journey,
      stages: [stage],
      touchpoints: positions.map((position, i) => createTouchpoint(stage.id, 'lane-1', { title: `C${i}`, position })),
    };
  }

  it('returns the same journey when no moved card covers another', () => {
    const journey = stageWith([
      { x: 24, y: 24 },
      { x: 24, y: 300 },
    ]);
    expect(placeWithoutOverlap(journey, [journey.touchpoints[1]!.id])).toBe(journey);
  });

  it('spreads cards stacked on one place (duplicates, pastes) so that no two overlap', () => {
    const journey = stageWith(Array.from({ length: 6 }, () => ({ x: 24, y: 24 })));
    const moving = journey.touchpoints.slice(1).map((t) => t.id);
    const placed = placeWithoutOverlap(journey, moving);
    const positions = placed.touchpoints.map((t) => t.position);
    expect(positions[0]).toEqual({ x: 24, y: 24 });
    for (let i = 0; i < positions.length; i++)
      for (let j = i + 1; j < positions.length; j++) expect(cardsOverlap(positions[i]!, positions[j]!)).toBe(false);
  });

  it('only counts cards of the same stage as obstacles', () => {
    const journey = stageWith([{ x: 24, y: 24 }]);
    const other = createStage({ name: 'Other' });
    const inOther = createTouchpoint(other.id, 'lane-1', { title: 'O', position: { x: 24, y: 24 } });
    const both = { ...journey, stages: [...journey.stages, other], touchpoints: [...journey.touchpoints, inOther] };
    expect(placeWithoutOverlap(both, [inOther.id])).toBe(both);
  });
});
