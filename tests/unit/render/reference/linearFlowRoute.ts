/**
 * REFERENCE for tests only: flowRoute.ts as it was before cardIndex.ts, scanning every card per
 * flow. cardIndex.test.ts checks the indexed version gives exactly the same routes.
 *
 * Flows routed around cards where that is practical: a flow to a card further right turns in
 * a free vertical band (a gap between lanes or between columns of cards) and, when its
 * straight way would cross cards, detours through a free horizontal band (a gap between rows).
 * Each candidate is scored by the cards its segments cross, and the cheapest wins (ties: the
 * fewer corners). Backward flows keep connectionPath.ts's route round the gap between cards.
 */
import type { Rect } from '../../../../shared/layout/mapLayout';
import type { Point } from '../../../../shared/render/flowLabel';

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
export function linearRouteAroundCards(s: Point, t: Point, cards: readonly Rect[]): Point[] | null {
  const xFrom = s.x + OFFSET;
  const xTo = t.x - OFFSET;
  if (xTo <= xFrom) return null;
  const top = Math.min(s.y, t.y);
  const bottom = Math.max(s.y, t.y);
  const between = cards.filter((c) => c.x < t.x && c.x + c.width > s.x);
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
export function linearFreeRow(
  cards: readonly Rect[],
  left: number,
  right: number,
  top: number,
  bottom: number,
  near: number,
): number | null {
  const inWay = cards.filter((c) => c.x < right && c.x + c.width > left);
  const rows = freeBands(
    inWay.map((c) => [c.y, c.y + c.height]),
    top,
    bottom,
    near,
  );
  return rows.find((y) => inWay.every((c) => !crosses({ x: left, y }, { x: right, y }, c))) ?? null;
}

/** The middle of the middle segment of a route: where its label goes when nothing is in the way. */
function middleOf(points: readonly Point[]): Point {
  const i = Math.floor((points.length - 1) / 2);
  const [a, b] = [points[i]!, points[i + 1] ?? points[i]!];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/**
 * The flow's corners from the right side of `from` to the left side of `to`, and its middle.
 * Given the map's `cards`, a flow to a later card goes round the cards in its way
 * (flowRoute.ts) where it can.
 */
export function linearFlowRoute(
  from: Rect,
  to: Rect,
  cards: readonly Rect[] = [],
): { points: Point[]; labelAt: Point } {
  const s = { x: from.x + from.width, y: from.y + from.height / 2 };
  const t = { x: to.x, y: to.y + to.height / 2 };
  if (t.x >= s.x + 2 * OFFSET) {
    const around = cards.length > 0 ? linearRouteAroundCards(s, t, cards) : null;
    if (around) return { points: around, labelAt: middleOf(around) };
    const midX = (s.x + t.x) / 2;
    return { points: [s, { x: midX, y: s.y }, { x: midX, y: t.y }, t], labelAt: { x: midX, y: (s.y + t.y) / 2 } };
  }
  const out = s.x + OFFSET;
  const back = t.x - OFFSET;
  const fromBottom = from.y + from.height;
  const toBottom = to.y + to.height;
  const plainMidY =
    fromBottom <= to.y
      ? (fromBottom + to.y) / 2
      : toBottom <= from.y
        ? (toBottom + from.y) / 2
        : Math.max(fromBottom, toBottom) + OFFSET;
  // Given the map's cards, the run back goes through a gap between rows of cards, not through a card.
  const [top, bottom] =
    fromBottom <= to.y ? [fromBottom, to.y] : toBottom <= from.y ? [toBottom, from.y] : [plainMidY, plainMidY + 400];
  const midY =
    (cards.length > 0
      ? linearFreeRow(cards, Math.min(out, back), Math.max(out, back), top, bottom, plainMidY)
      : null) ?? plainMidY;
  return {
    points: [s, { x: out, y: s.y }, { x: out, y: midY }, { x: back, y: midY }, { x: back, y: t.y }, t],
    labelAt: { x: (out + back) / 2, y: midY },
  };
}
