import { describe, expect, it } from 'vitest';
import { RENDER_ALL_UP_TO, rendersWhole } from '../../../../renderer/canvas/renderWhole';

const map = { width: 20_000, height: 16_000 };
const screen = { width: 1000, height: 800 };

describe('rendersWhole', () => {
  it('draws a small map whole at any zoom', () => {
    expect(rendersWhole(RENDER_ALL_UP_TO, map, screen, 1)).toBe(true);
  });
  it('culls a large map seen in part', () => {
    expect(rendersWhole(1000, map, screen, 0.46)).toBe(false);
  });
  it('draws a large map whole once the screen is at least half its area', () => {
    // At 0.05 the screen is 20,000 x 16,000 map pixels: the whole map.
    expect(rendersWhole(1000, map, screen, 0.05)).toBe(true);
    // Just over half the map's area, and just under.
    expect(rendersWhole(1000, map, screen, Math.sqrt((1000 * 800) / (0.51 * 20_000 * 16_000)))).toBe(true);
    expect(rendersWhole(1000, map, screen, Math.sqrt((1000 * 800) / (0.49 * 20_000 * 16_000)))).toBe(false);
  });
  it('culls while the canvas or the map has no size yet', () => {
    expect(rendersWhole(1000, { width: 0, height: 0 }, screen, 0.05)).toBe(false);
    expect(rendersWhole(1000, map, screen, 0)).toBe(false);
  });
});

describe('rendersWhole on a long map', () => {
  // 50 stages of 3,000 cards: far wider than the screen at any zoom, and short.
  const long = { width: 60_000, height: 4_000 };
  it('counts only the part of the map the screen can take in, not the empty screen under it', () => {
    // At 0.05 the screen is 20,000 x 16,000 map pixels: a third of the map's width.
    expect(rendersWhole(3000, long, screen, 0.05)).toBe(false);
    expect(rendersWhole(3000, long, screen, 0.025)).toBe(true);
  });
});
