import { describe, expect, it } from 'vitest';
import {
  CARD_TITLE_PX,
  MIN_SCREEN_TEXT_PX,
  OVERVIEW_MIN_ZOOM,
  OVERVIEW_TITLE_PX,
  READABLE_ZOOM,
  readableViewport,
  revealRect,
} from '../../../../renderer/canvas/readableViewport';

const screen = { width: 1240, height: 600 };

describe('readable zooms', () => {
  it('keep card titles at 11 px or more on screen, in full and in the overview', () => {
    expect(CARD_TITLE_PX * READABLE_ZOOM).toBeGreaterThanOrEqual(MIN_SCREEN_TEXT_PX);
    expect(OVERVIEW_TITLE_PX * OVERVIEW_MIN_ZOOM).toBeGreaterThanOrEqual(MIN_SCREEN_TEXT_PX);
    expect(OVERVIEW_MIN_ZOOM).toBeLessThan(READABLE_ZOOM);
  });
});

describe('readableViewport', () => {
  it('shows a small map whole, centred, never magnified past 100 %', () => {
    const viewport = readableViewport({ x: 0, y: 0, width: 600, height: 300 }, screen, READABLE_ZOOM);
    expect(viewport.zoom).toBe(1);
    expect(viewport.x).toBe(screen.width / 2 - 300);
  });

  it('fits a map that is readable when fitted', () => {
    const viewport = readableViewport({ x: 0, y: 0, width: 1400, height: 500 }, screen, READABLE_ZOOM);
    expect(viewport.zoom).toBeCloseTo((1240 - 48) / 1400);
    expect(viewport.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('opens a large map at the readable zoom with its start (top left) in view', () => {
    const bounds = { x: -10, y: -20, width: 5000, height: 900 };
    const viewport = readableViewport(bounds, screen, READABLE_ZOOM);
    expect(viewport.zoom).toBe(READABLE_ZOOM);
    expect(bounds.x * viewport.zoom + viewport.x).toBeCloseTo(24);
    expect(bounds.y * viewport.zoom + viewport.y).toBeCloseTo(24);
  });
});

it('puts an empty map’s origin at the top left, where its first stage will be', () => {
  expect(readableViewport({ x: 0, y: 0, width: 0, height: 0 }, screen, READABLE_ZOOM)).toEqual({
    x: 24,
    y: 24,
    zoom: 1,
  });
});

describe('revealRect', () => {
  const viewport = { x: 0, y: 0, zoom: 1 };
  it('leaves the view alone when the rect is on screen', () => {
    expect(revealRect({ x: 100, y: 100, width: 200, height: 100 }, viewport, screen)).toBeNull();
  });
  it('pans the least so a rect beyond the right edge comes into view, keeping the zoom', () => {
    const next = revealRect({ x: 2000, y: 100, width: 200, height: 100 }, viewport, screen)!;
    expect(next.zoom).toBe(1);
    expect(2000 + 200 + next.x).toBe(screen.width - 24);
    expect(next.y).toBe(0);
  });
});
