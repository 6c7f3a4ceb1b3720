import { describe, expect, it } from 'vitest';
import { PDF_MARGIN, TILE_OVERLAP, TILE_SCALE, pageDimensions, planPdfPages } from '../../../shared/export';

describe('planPdfPages', () => {
  it('fits a large map on one page, centred, never enlarged past 1 pt per px', () => {
    const fit = planPdfPages({ width: 3000, height: 1000 }, 'a4', 'landscape', false);
    expect(fit.tiles).toHaveLength(1);
    expect(fit.scale).toBeCloseTo((841.89 - 2 * PDF_MARGIN) / 3000, 9);
    expect(planPdfPages({ width: 200, height: 100 }, 'a3', 'landscape', false).scale).toBe(1);
    const tile = fit.tiles[0]!;
    expect(tile.mapOrigin.x + (3000 * fit.scale) / 2).toBeCloseTo(841.89 / 2, 6);
  });

  it('tiles at natural size with neighbours overlapping by the overlap strip', () => {
    const plan = planPdfPages({ width: 3000, height: 1000 }, 'a4', 'landscape', true);
    expect(plan.scale).toBe(TILE_SCALE);
    const { content } = plan.tiles[0]!;
    const columns = Math.ceil((3000 * TILE_SCALE - TILE_OVERLAP) / (content.width - TILE_OVERLAP));
    const rows = Math.ceil((1000 * TILE_SCALE - TILE_OVERLAP) / (content.height - TILE_OVERLAP));
    expect([plan.columns, plan.rows]).toEqual([columns, rows]);
    expect(plan.tiles).toHaveLength(columns * rows);
    const [first, second] = plan.tiles;
    // The second page starts where the first one's overlap strip begins.
    expect(first!.mapOrigin.x - second!.mapOrigin.x).toBeCloseTo(content.width - TILE_OVERLAP, 9);
    expect(first!.hasRight).toBe(true);
    expect(plan.tiles[plan.tiles.length - 1]!).toMatchObject({ hasRight: false, hasBelow: false });
    // The last column still reaches the map's right edge.
    const last = plan.tiles[columns - 1]!;
    expect(last.mapOrigin.x + 3000 * TILE_SCALE).toBeLessThanOrEqual(content.x + content.width + 1e-9);
  });

  it('swaps the sides for landscape', () => {
    expect(pageDimensions('letter', 'portrait')).toEqual({ width: 612, height: 792 });
    expect(pageDimensions('letter', 'landscape')).toEqual({ width: 792, height: 612 });
  });
});
