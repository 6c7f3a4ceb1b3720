/**
 * Free places for cards: a card that is added, pasted, duplicated or dropped onto another
 * goes to the nearest place in its stage where it covers no other card. Positions are
 * relative to the stage lane's body, as in the file (mapLayout.ts).
 */
import type { Journey, Position } from '../model/types';
import { SIZES } from './tokens';

/** Cards closer than this (in canvas pixels) count as touching: a sliver of gap keeps them apart to the eye. */
const MARGIN = 8;
/** Candidate places lie on this grid around the wanted place (the canvas snaps to 8). */
const STEP = 8;
/** How far the search goes before it gives up and puts the card below everything in the stage. */
const MAX_RINGS = 200;

const clampPosition = (p: Position): Position => ({ x: Math.max(0, p.x), y: Math.max(0, p.y) });

/** Whether cards at `a` and `b` (both cardWidth × cardHeight) overlap or come within the margin. */
export function cardsOverlap(a: Position, b: Position, margin = MARGIN): boolean {
  return Math.abs(a.x - b.x) < SIZES.cardWidth + margin && Math.abs(a.y - b.y) < SIZES.cardHeight + margin;
}

/**
 * The free place nearest to `wanted` (Euclidean, among grid places on square rings around it)
 * where a card overlaps none of `occupied`; `wanted` itself when it is free. Never negative.
 */
export function nearestFreePosition(wanted: Position, occupied: readonly Position[]): Position {
  const start = clampPosition(wanted);
  const isFree = (p: Position) => occupied.every((o) => !cardsOverlap(p, o));
  if (isFree(start)) return start;
  for (let ring = 1; ring <= MAX_RINGS; ring++) {
    let best: Position | null = null;
    let bestDistance = Infinity;
    for (let i = -ring; i <= ring; i++) {
      for (const [dx, dy] of [
        [i, -ring],
        [i, ring],
        [-ring, i],
        [ring, i],
      ] as const) {
        const p = { x: start.x + dx * STEP, y: start.y + dy * STEP };
        if (p.x < 0 || p.y < 0) continue;
        const distance = Math.hypot(p.x - start.x, p.y - start.y);
        if (distance < bestDistance && isFree(p)) {
          best = p;
          bestDistance = distance;
        }
      }
    }
    if (best) return best;
  }
  const lowest = occupied.reduce((y, o) => Math.max(y, o.y), 0);
  return { x: start.x, y: lowest + SIZES.cardHeight + SIZES.cardGap };
}

/**
 * The journey with each of `ids` moved, one after another in the order given, to the nearest
 * free place in its stage: other cards, and the ones placed before it, are obstacles.
 * Returns the same journey when nothing had to move.
 */
export function placeWithoutOverlap(journey: Journey, ids: readonly string[]): Journey {
  const moving = new Set(ids);
  const byStage = new Map<string, Position[]>();
  for (const tp of journey.touchpoints) {
    if (moving.has(tp.id)) continue;
    const list = byStage.get(tp.stageId) ?? [];
    list.push(tp.position);
    byStage.set(tp.stageId, list);
  }
  const placed = new Map<string, Position>();
  const byId = new Map(journey.touchpoints.map((tp) => [tp.id, tp]));
  for (const id of ids) {
    const tp = byId.get(id);
    if (!tp || placed.has(id)) continue;
    const occupied = byStage.get(tp.stageId) ?? [];
    const position = nearestFreePosition(tp.position, occupied);
    occupied.push(position);
    byStage.set(tp.stageId, occupied);
    if (position.x !== tp.position.x || position.y !== tp.position.y) placed.set(id, position);
  }
  if (placed.size === 0) return journey;
  return {
    ...journey,
    touchpoints: journey.touchpoints.map((tp) => {
      const position = placed.get(tp.id);
      return position ? { ...tp, position } : tp;
    }),
  };
}
