/**
 * REFERENCE for tests only: flowLabel.ts as it was before cardIndex.ts, scanning every card per
 * label. cardIndex.test.ts checks the indexed version places labels exactly the same.
 *
 * Where a flow's label goes: on the flow, as near its middle as it can be while covering no
 * card, never on the segments that leave or enter a card (the arrow stays visible); when the
 * flow runs where cards are, the label slides up or down off it to the nearest free spot.
 * Shared by the canvas and the map export, so both put a label in the same place.
 */
import type { Rect } from '../../../../shared/layout/mapLayout';

import type { Point } from '../../../../shared/render/flowLabel';

/** Sampling step along the flow, in canvas pixels. */
const STEP = 4;
/** How far the label may slide off the flow before it settles for the least covered spot. */
const MAX_SLIDE = 400;
const GAP = 2;

function boxAt(p: Point, size: { width: number; height: number }): Rect {
  return { x: p.x - size.width / 2, y: p.y - size.height / 2, width: size.width, height: size.height };
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + GAP;
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + GAP;
  return w > 0 && h > 0 ? w * h : 0;
}

/** Points along the segments between the first and the last, nearest to `preferred` first. */
function pointsAlong(points: readonly Point[], preferred: Point): Point[] {
  const inner = points.length > 3 ? points.slice(1, -1) : points;
  const samples: Point[] = [];
  for (let i = 0; i + 1 < inner.length; i++) {
    const [a, b] = [inner[i]!, inner[i + 1]!];
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const steps = Math.max(1, Math.floor(length / STEP));
    for (let k = 0; k <= steps; k++)
      samples.push({ x: a.x + ((b.x - a.x) * k) / steps, y: a.y + ((b.y - a.y) * k) / steps });
  }
  const distance = (p: Point) => Math.hypot(p.x - preferred.x, p.y - preferred.y);
  return samples.sort((p, q) => distance(p) - distance(q));
}

/**
 * The centre of a label of `size` for the flow through `points` (preferring `preferred`, the
 * flow's middle), covering none of `cards` if it can; else the spot that covers the least.
 */
export function linearPlaceFlowLabel(
  points: readonly Point[],
  preferred: Point,
  size: { width: number; height: number },
  cards: readonly Rect[],
): Point {
  const reach = Math.max(size.width, size.height) + MAX_SLIDE;
  const near = cards.filter(
    (c) =>
      c.x < preferred.x + reach + size.width &&
      c.x + c.width > preferred.x - reach - size.width &&
      c.y < preferred.y + reach + size.height &&
      c.y + c.height > preferred.y - reach - size.height,
  );
  const covered = (p: Point) => near.reduce((sum, c) => sum + overlapArea(boxAt(p, size), c), 0);
  let best = preferred;
  let bestCovered = covered(preferred);
  if (bestCovered === 0) return preferred;
  const consider = (p: Point) => {
    const c = covered(p);
    if (c < bestCovered) {
      best = p;
      bestCovered = c;
    }
    return c === 0;
  };
  for (const p of pointsAlong(points, preferred)) if (consider(p)) return p;
  for (let d = STEP; d <= MAX_SLIDE; d += STEP) {
    if (consider({ x: preferred.x, y: preferred.y - d })) return best;
    if (consider({ x: preferred.x, y: preferred.y + d })) return best;
  }
  return best;
}
