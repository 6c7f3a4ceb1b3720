/**
 * Free places for cards: a card that is added, pasted, duplicated or dropped onto another
 * goes to the nearest place in its cell (its stage and lane) where it covers no other card.
 * Positions are relative to the cell, as in the file (mapLayout.ts).
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
 * The journey with each of `ids` (touchpoints or steps) moved, one after another in the order
 * given, to the nearest free place in its cell (its stage and lane): other cards, and the ones
 * placed before it, are obstacles. Returns the same journey when nothing had to move.
 */
export function placeWithoutOverlap(journey: Journey, ids: readonly string[]): Journey {
  const moving = new Set(ids);
  const cellOf = (card: { stageId: string; laneId: string }) => JSON.stringify([card.stageId, card.laneId]);
  const byCell = new Map<string, Position[]>();
  const cards = [...journey.touchpoints, ...journey.steps];
  for (const card of cards) {
    if (moving.has(card.id)) continue;
    const list = byCell.get(cellOf(card)) ?? [];
    list.push(card.position);
    byCell.set(cellOf(card), list);
  }
  const placed = new Map<string, Position>();
  const byId = new Map(cards.map((card) => [card.id, card]));
  for (const id of ids) {
    const card = byId.get(id);
    if (!card || placed.has(id)) continue;
    const occupied = byCell.get(cellOf(card)) ?? [];
    const position = nearestFreePosition(card.position, occupied);
    occupied.push(position);
    byCell.set(cellOf(card), occupied);
    if (position.x !== card.position.x || position.y !== card.position.y) placed.set(id, position);
  }
  if (placed.size === 0) return journey;
  const move = <T extends { id: string; position: Position }>(card: T): T => {
    const position = placed.get(card.id);
    return position ? { ...card, position } : card;
  };
  return { ...journey, touchpoints: journey.touchpoints.map(move), steps: journey.steps.map(move) };
}
