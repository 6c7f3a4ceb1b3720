/** The mini map's hole: moved by whole pixels, held just outside the box, its shadow always across the box. */
import { describe, expect, it } from 'vitest';
import { MINIMAP_HEIGHT, MINIMAP_WIDTH, holeStyle } from '../../../../renderer/canvas/minimapHole';

const translate = (style: ReturnType<typeof holeStyle>) =>
  /^translate\((-?\d+)px, (-?\d+)px\)$/.exec(String(style.transform))!.slice(1).map(Number) as [number, number];
const spread = (style: ReturnType<typeof holeStyle>) => Number(/^0 0 0 (\d+)px /.exec(String(style.boxShadow))![1]);

describe('the mini map hole', () => {
  it('sits where the screen is, in whole pixels, with its size to a tenth', () => {
    const style = holeStyle(40.4, 12.6, 80.04, 60.55);
    expect(translate(style)).toEqual([40, 13]);
    expect([style.width, style.height]).toEqual([80, 60.6]);
  });

  it('keeps its size and changes only its transform when the screen moves', () => {
    const a = holeStyle(10, 10, 73.37, 41.2);
    const b = holeStyle(55.2, 31.9, 73.37, 41.2);
    expect({ ...b, transform: a.transform }).toEqual(a);
    expect(b.transform).not.toBe(a.transform);
  });

  it('is held just outside the box when the screen is far from the map, and its shadow still covers the box', () => {
    for (const [left, top] of [
      [5000, 20],
      [-5000, 20],
      [20, 9000],
      [-9000, -9000],
      [9000, 9000],
    ] as const) {
      const [width, height] = [50, 40];
      const style = holeStyle(left, top, width, height);
      const [x, y] = translate(style);
      expect(x).toBeGreaterThanOrEqual(-width - 1);
      expect(x).toBeLessThanOrEqual(MINIMAP_WIDTH + 1);
      expect(y).toBeGreaterThanOrEqual(-height - 1);
      expect(y).toBeLessThanOrEqual(MINIMAP_HEIGHT + 1);
      // The shadow is the hole grown by its spread on every side: it must contain the whole box.
      const s = spread(style);
      expect(x - s).toBeLessThanOrEqual(0);
      expect(y - s).toBeLessThanOrEqual(0);
      expect(x + width + s).toBeGreaterThanOrEqual(MINIMAP_WIDTH);
      expect(y + height + s).toBeGreaterThanOrEqual(MINIMAP_HEIGHT);
    }
  });
});
