import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../shared/layout/mapLayout';
import { flowRoute } from '../../../shared/render/connectionPath';
import { placeFlowLabel } from '../../../shared/render/flowLabel';

const card = (x: number, y: number): Rect => ({ x, y, width: 232, height: 120 });

function crossesAny(points: { x: number; y: number }[], cards: Rect[]): boolean {
  return points.slice(1).some((b, i) => {
    const a = points[i]!;
    return cards.some(
      (c) =>
        Math.max(a.x, b.x) > c.x &&
        Math.min(a.x, b.x) < c.x + c.width &&
        Math.max(a.y, b.y) > c.y &&
        Math.min(a.y, b.y) < c.y + c.height,
    );
  });
}

describe('flowRoute around cards', () => {
  it('goes round a card that stands between two cards on one row', () => {
    const [from, between, to] = [card(24, 80), card(320, 80), card(616, 80)];
    const cards = [from, between, to];
    expect(crossesAny(flowRoute(from, to).points, [between])).toBe(true);
    const { points } = flowRoute(from, to, cards);
    expect(crossesAny(points, [between])).toBe(false);
  });

  it('runs back to an earlier column through a gap between rows, not through a card', () => {
    const [from, between, to] = [card(24, 24), card(24, 168), card(24, 312)];
    const { points } = flowRoute(from, to, [from, between, to]);
    expect(crossesAny(points, [between])).toBe(false);
  });
});

describe('placeFlowLabel', () => {
  it('keeps the middle when nothing is there', () => {
    const middle = { x: 500, y: 500 };
    expect(placeFlowLabel([middle], middle, { width: 80, height: 18 }, [card(0, 0)])).toEqual(middle);
  });

  it('moves a label off a card it would cover, to a spot that covers none', () => {
    const cards = [card(0, 0), card(296, 0), card(0, 144), card(296, 144)];
    const points = [
      { x: 232, y: 60 },
      { x: 264, y: 60 },
      { x: 264, y: 204 },
      { x: 296, y: 204 },
    ];
    const size = { width: 120, height: 18 };
    const at = placeFlowLabel(points, { x: 264, y: 132 }, size, cards);
    const box = { x: at.x - 60, y: at.y - 9, width: 120, height: 18 };
    for (const c of cards) {
      const overlaps =
        box.x < c.x + c.width && box.x + box.width > c.x && box.y < c.y + c.height && box.y + box.height > c.y;
      expect(overlaps).toBe(false);
    }
  });
});
