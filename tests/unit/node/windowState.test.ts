import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_VISIBLE_PX, restoreWindowBounds, type Rect } from '../../../electron/node/windowState';

const DEFAULTS = { width: 1400, height: 900, minWidth: 800, minHeight: 500 };
const LAPTOP: Rect = { x: 0, y: 0, width: 1920, height: 1050 };
const RIGHT_MONITOR: Rect = { x: 1920, y: -200, width: 2560, height: 1400 };

describe('restoreWindowBounds', () => {
  it('uses the default size, centred by the OS, the first time', () => {
    expect(restoreWindowBounds(undefined, [LAPTOP], DEFAULTS)).toEqual({
      bounds: { width: 1400, height: 900 },
      maximized: false,
    });
  });

  it('puts the window back where it was when that is on a screen', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(restoreWindowBounds(saved, [LAPTOP], DEFAULTS).bounds).toEqual({ x: 100, y: 80, width: 1200, height: 800 });
  });

  it('keeps a window on the second monitor when that monitor is still there', () => {
    const saved = { x: 2500, y: 0, width: 1600, height: 1000, maximized: true };
    expect(restoreWindowBounds(saved, [LAPTOP, RIGHT_MONITOR], DEFAULTS)).toEqual({
      bounds: { x: 2500, y: 0, width: 1600, height: 1000 },
      maximized: true,
    });
  });

  it('moves a window from an unplugged monitor to the middle of the primary screen', () => {
    const saved = { x: 2500, y: 0, width: 1600, height: 1000, maximized: false };
    expect(restoreWindowBounds(saved, [LAPTOP], DEFAULTS).bounds).toEqual({ x: 160, y: 25, width: 1600, height: 1000 });
  });

  it('pulls a window hanging off an edge back inside the screen it is mostly on', () => {
    const saved = { x: 1500, y: 900, width: 1000, height: 600, maximized: false };
    expect(restoreWindowBounds(saved, [LAPTOP], DEFAULTS).bounds).toEqual({ x: 920, y: 450, width: 1000, height: 600 });
  });

  it('shrinks a window larger than the screen now (resolution lowered) and enforces the minimum size', () => {
    const big = restoreWindowBounds({ x: 0, y: 0, width: 4000, height: 3000, maximized: false }, [LAPTOP], DEFAULTS);
    expect(big.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1050 });
    const tiny = restoreWindowBounds({ x: 10, y: 10, width: 20, height: 20, maximized: false }, [LAPTOP], DEFAULTS);
    expect(tiny.bounds).toEqual({ x: 10, y: 10, width: 800, height: 500 });
  });

  it('ignores nonsense from a hand-edited settings file', () => {
    const result = restoreWindowBounds({ x: Number.NaN, y: 5, width: Infinity, height: 600 }, [LAPTOP], DEFAULTS);
    expect(result).toEqual({ bounds: { width: 1400, height: 900 }, maximized: false });
  });

  it('always yields a window that is on some screen, whatever was saved (property)', () => {
    const screen = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 800, max: 5000 }),
      height: fc.integer({ min: 500, max: 3000 }),
    });
    const saved = fc.record({
      x: fc.integer({ min: -100_000, max: 100_000 }),
      y: fc.integer({ min: -100_000, max: 100_000 }),
      width: fc.integer({ min: 1, max: 20_000 }),
      height: fc.integer({ min: 1, max: 20_000 }),
      maximized: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(screen, { minLength: 1, maxLength: 3 }), saved, (screens, state) => {
        const { bounds } = restoreWindowBounds(state, screens, DEFAULTS);
        const on = screens.some(
          (s) =>
            bounds.x! >= s.x &&
            bounds.y! >= s.y &&
            bounds.x! + bounds.width <= s.x + s.width &&
            bounds.y! + bounds.height <= s.y + s.height,
        );
        const visible = screens.some(
          (s) =>
            Math.min(bounds.x! + bounds.width, s.x + s.width) - Math.max(bounds.x!, s.x) >= MIN_VISIBLE_PX &&
            Math.min(bounds.y! + bounds.height, s.y + s.height) - Math.max(bounds.y!, s.y) >= MIN_VISIBLE_PX,
        );
        return on && visible;
      }),
    );
  });
});
