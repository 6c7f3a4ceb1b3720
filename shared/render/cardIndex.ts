/**
 * The cards a flow's route or label must look at, found without scanning the whole map: every
 * flow asks which cards overlap the x-range it spans, and on a map of thousands of cards a scan
 * of all of them per flow made re-routing after one change cost flows x cards.
 *
 * The index is built once per array of rects and kept in a WeakMap keyed by that array, so
 * callers passing the same `cards` array (the canvas's flow geometry, one export's card rects)
 * share it. The array and its rects must not change after they are passed (both callers build a
 * new array when a card moves; a changed length rebuilds the index as a safeguard).
 *
 * Answers are exactly what `cards.filter(...)` gives, in the array's order: the label placement
 * sums overlap areas in that order, and a different order could change a float sum.
 */
import type { Rect } from '../layout/mapLayout';

/** Below this many rects a plain scan is as fast as the index and needs no building. */
const SCAN_BELOW = 48;

interface Index {
  length: number;
  /** Left edges, ascending; entry i is rect `order[i]` of the array. */
  xs: Float64Array;
  order: Int32Array;
  /** A max-tree of right edges over `xs`' order: node 1 is the root, leaves start at `leaves`. */
  maxRight: Float64Array;
  leaves: number;
}

const indexes = new WeakMap<readonly Rect[], Index>();

function build(cards: readonly Rect[]): Index {
  // A rect with a NaN edge is never "overlapping" (every comparison with NaN is false): left out.
  const kept: number[] = [];
  for (let i = 0; i < cards.length; i++) {
    const c = cards[i]!;
    if (!Number.isNaN(c.x) && !Number.isNaN(c.x + c.width)) kept.push(i);
  }
  kept.sort((p, q) => cards[p]!.x - cards[q]!.x || p - q);
  let leaves = 1;
  while (leaves < kept.length) leaves *= 2;
  const xs = new Float64Array(kept.length);
  const order = Int32Array.from(kept);
  const maxRight = new Float64Array(2 * leaves).fill(-Infinity);
  kept.forEach((i, k) => {
    const c = cards[i]!;
    xs[k] = c.x;
    maxRight[leaves + k] = c.x + c.width;
  });
  for (let node = leaves - 1; node >= 1; node--)
    maxRight[node] = Math.max(maxRight[2 * node]!, maxRight[2 * node + 1]!);
  return { length: cards.length, xs, order, maxRight, leaves };
}

function indexOf(cards: readonly Rect[]): Index {
  let index = indexes.get(cards);
  if (!index || index.length !== cards.length) {
    index = build(cards);
    indexes.set(cards, index);
  }
  return index;
}

/** How many entries of the ascending `xs` are below `limit`. */
function countBelow(xs: Float64Array, limit: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions in the array of the rects with `x < right` and `x + width > left`, ascending. */
function positionsOverlappingX(index: Index, left: number, right: number): Int32Array {
  const end = countBelow(index.xs, right);
  const found: number[] = [];
  if (end === 0) return new Int32Array(0);
  // Walk the max-tree over the first `end` leaves, skipping subtrees whose rects all end by `left`.
  const stack = [1, 0, index.leaves];
  while (stack.length > 0) {
    const size = stack.pop()!;
    const start = stack.pop()!;
    const node = stack.pop()!;
    if (start >= end || !(index.maxRight[node]! > left)) continue;
    if (size === 1) {
      found.push(index.order[start]!);
      continue;
    }
    const half = size / 2;
    stack.push(2 * node + 1, start + half, half, 2 * node, start, half);
  }
  return Int32Array.from(found).sort();
}

/** `cards.filter((c) => c.x < right && c.x + c.width > left)`, in the array's order. */
export function cardsOverlappingX(cards: readonly Rect[], left: number, right: number): Rect[] {
  if (cards.length < SCAN_BELOW) return cards.filter((c) => c.x < right && c.x + c.width > left);
  const positions = positionsOverlappingX(indexOf(cards), left, right);
  const out: Rect[] = new Array<Rect>(positions.length);
  for (let k = 0; k < positions.length; k++) out[k] = cards[positions[k]!]!;
  return out;
}

/**
 * `cards.filter((c) => c.x < right && c.x + c.width > left && c.y < bottom && c.y + c.height > top)`,
 * in the array's order.
 */
export function cardsOverlappingBox(
  cards: readonly Rect[],
  left: number,
  right: number,
  top: number,
  bottom: number,
): Rect[] {
  return cardsOverlappingX(cards, left, right).filter((c) => c.y < bottom && c.y + c.height > top);
}
