/** Follow's geometry and the view others announce (docs/workshop.md "Presence"). */
import { describe, expect, it } from 'vitest';
import { sameViewport, stepTowards, viewOfViewport, viewportShowing } from '../../../renderer/workshop/followView';
import { viewOf } from '../../../renderer/workshop/participants';

const limits = { min: 0.05, max: 2 };

describe('follow geometry', () => {
  it('shows the followed view on a screen of the same size at the same viewport', () => {
    const screen = { width: 1400, height: 860 };
    const theirs = { x: -300, y: 120, zoom: 0.8 };
    const view = viewOfViewport(theirs, screen)!;
    expect(view).toEqual({ x: 375, y: -150, width: 1750, height: 1075 });
    expect(sameViewport(viewportShowing(view, screen, limits), theirs)).toBe(true);
  });

  it('fits the view whole on another screen, centre on centre', () => {
    const view = { x: 0, y: 0, width: 2000, height: 1000 };
    const phone = { width: 400, height: 800 };
    const shown = viewportShowing(view, phone, limits);
    expect(shown.zoom).toBeCloseTo(0.2);
    // The view's centre (1000, 500) at the screen's centre (200, 400).
    expect(1000 * shown.zoom + shown.x).toBeCloseTo(200);
    expect(500 * shown.zoom + shown.y).toBeCloseTo(400);
    expect(viewportShowing({ x: 0, y: 0, width: 10, height: 10 }, phone, limits).zoom).toBe(2);
  });

  it('eases towards the target and arrives exactly, without overshooting', () => {
    const screen = { width: 1000, height: 800 };
    const target = { x: -2000, y: -500, zoom: 1.5 };
    let at = { x: 0, y: 0, zoom: 0.5 };
    let frames = 0;
    while (at !== target && frames < 100) {
      const next = stepTowards(at, target, screen, 0.3);
      expect(Math.abs(next.zoom - target.zoom)).toBeLessThanOrEqual(Math.abs(at.zoom - target.zoom));
      at = next;
      frames++;
    }
    expect(at).toBe(target);
    expect(frames).toBeLessThan(40);
  });

  it('ignores a view that is not four finite numbers with a positive size', () => {
    expect(viewOf({ x: 1, y: 2, width: 3, height: 4 })).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    for (const bad of [
      null,
      'view',
      { x: 1, y: 2, width: 0, height: 4 },
      { x: 1, y: 2, width: -3, height: 4 },
      { x: Number.NaN, y: 2, width: 3, height: 4 },
      { x: 1, y: Number.POSITIVE_INFINITY, width: 3, height: 4 },
      { x: 1, y: 2, width: 1e9, height: 4 },
      { x: '1', y: 2, width: 3, height: 4 },
      { x: 1, y: 2, width: 3 },
    ]) {
      expect(viewOf(bad)).toBeNull();
    }
    expect(viewOfViewport({ x: 0, y: 0, zoom: 0 }, { width: 100, height: 100 })).toBeNull();
  });
});
