/**
 * Flows routed around cards where that is practical: a flow to a card further right turns in
 * a free vertical band (a gap between lanes or between columns of cards) and, when its
 * straight way would cross cards, detours through a free horizontal band (a gap between rows).
 * Each candidate is scored by the cards its segments cross, and the cheapest wins (ties: the
 * fewer corners). Backward flows keep connectionPath.ts's route round the gap between cards.
 */
import type { Rect } from '../layout/mapLayout';
import { cardsOverlappingX } from './cardIndex';
import type { Point } from './flowLabel';

const OFFSET = 16;
/** How many free bands of each kind are tried, nearest first: enough for a map, bounded for thousands of cards. */
const MAX_BANDS = 6;

/** Whether the axis-parallel segment a-b passes through `card` (touching its edge does not count). */
function crosses(a: Point, b: Point, card: Rect): boolean {
  const left = Math.min(a.x, b.x);
  const right = Math.max(a.x, b.x);
  const top = Math.min(a.y, b.y);
  const bottom = Math.max(a.y, b.y);
  return right > card.x && left < card.x + card.width && bottom > card.y && top < card.y + card.height;
}

function crossings(points: readonly Point[], cards: readonly Rect[]): number {
  let count = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    for (const card of cards) if (crosses(points[i]!, points[i + 1]!, card)) count++;
  }
  return count;
}

/** Centres of the gaps between `spans` (sorted intervals merged) inside [from, to], nearest to `near` first. */
function freeBands(spans: [number, number][], from: number, to: number, near: number): number[] {
  const sorted = spans.filter(([a, b]) => b > from && a < to).sort((p, q) => p[0] - q[0]);
  const bands: number[] = [];
  let cursor = from;
  for (const [a, b] of sorted) {
    if (a > cursor) bands.push((cursor + Math.min(a, to)) / 2);
    cursor = Math.max(cursor, b);
  }
  if (cursor < to) bands.push((cursor + to) / 2);
  return bands.sort((p, q) => Math.abs(p - near) - Math.abs(q - near)).slice(0, MAX_BANDS);
}

/**
 * The corners of a forward flow from `s` (a card's right side) to `t` (a card's left side,
 * further right) avoiding `cards`, or null when no route crosses fewer cards than the plain one.
 */
export function routeAroundCards(s: Point, t: Point, cards: readonly Rect[]): Point[] | null {
  const xFrom = s.x + OFFSET;
  const xTo = t.x - OFFSET;
  if (xTo <= xFrom) return null;
  const top = Math.min(s.y, t.y);
  const bottom = Math.max(s.y, t.y);
  // Only the cards in the x-range the flow spans can be in its way (cardIndex.ts finds them).
  const between = cardsOverlappingX(cards, s.x, t.x);
  const plainX = (s.x + t.x) / 2;
  const plain = [s, { x: plainX, y: s.y }, { x: plainX, y: t.y }, t];
  let best = plain;
  let bestCost = crossings(plain, between);
  if (bestCost === 0) return null;

  const columns = freeBands(
    between.map((c) => [c.x, c.x + c.width]),
    xFrom,
    xTo,
    t.x,
  );
  const consider = (points: Point[]) => {
    const cost = crossings(points, between);
    if (cost < bestCost || (cost === bestCost && points.length < best.length)) {
      best = points;
      bestCost = cost;
    }
  };
  for (const x of columns) {
    consider([s, { x, y: s.y }, { x, y: t.y }, t]);
    if (bestCost === 0) return best;
  }
  // Out in the first free column after the source, along a free row, in by the last free column before the target.
  const out = freeBands(
    between.map((c) => [c.x, c.x + c.width]),
    xFrom,
    xTo,
    s.x,
  )[0];
  const into = columns[0];
  if (out === undefined || into === undefined || into <= out) return bestCost < crossings(plain, between) ? best : null;
  const rowCards = between.filter((c) => c.x < into && c.x + c.width > out);
  const margin = (bottom - top) / 2 + 200;
  const rows = freeBands(
    rowCards.map((c) => [c.y, c.y + c.height]),
    top - margin,
    bottom + margin,
    (s.y + t.y) / 2,
  );
  for (const y of rows) {
    consider([s, { x: out, y: s.y }, { x: out, y }, { x: into, y }, { x: into, y: t.y }, t]);
    if (bestCost === 0) break;
  }
  return best === plain ? null : best;
}

/**
 * A height for a horizontal run from `left` to `right` between `top` and `bottom` that crosses no
 * card, as near to `near` as there is one; null when every height in that range crosses one.
 */
export function freeRow(
  cards: readonly Rect[],
  left: number,
  right: number,
  top: number,
  bottom: number,
  near: number,
): number | null {
  const inWay = cardsOverlappingX(cards, left, right);
  const rows = freeBands(
    inWay.map((c) => [c.y, c.y + c.height]),
    top,
    bottom,
    near,
  );
  return rows.find((y) => inWay.every((c) => !crosses({ x: left, y }, { x: right, y }, c))) ?? null;
}
