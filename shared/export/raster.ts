/**
 * How large a PNG may be. 16,384 px a side is Chromium's canvas limit, so the app (canvas)
 * and the CLI (resvg) agree on size and on what they tell the user. A map that would have
 * to shrink below MIN_SCALE to fit is refused before any pixel is drawn: its text could not
 * be read, and rasterising it first would only waste time (seconds for a huge map).
 */
import { MIN_SCALE } from './options';
import type { ExportMessage } from './messages';

export const MAX_RASTER_SIDE = 16_384;

/** The scale to rasterise at so that neither side exceeds MAX_RASTER_SIDE. */
export function clampScale(width: number, height: number, requested: number): number {
  return Math.min(requested, MAX_RASTER_SIDE / width, MAX_RASTER_SIDE / height);
}

/** A scale as people read it: three significant digits, so 0.000016 does not become "0". */
export function formatScale(scale: number): string {
  return String(Number(scale.toPrecision(3)));
}

export type RasterPlan =
  | { ok: true; scale: number; width: number; height: number; notice: ExportMessage | null }
  | { ok: false; refusal: ExportMessage };

/** The scale a PNG of a `width`×`height` map is drawn at, or why it is not drawn at all. */
export function planRaster(width: number, height: number, requested: number): RasterPlan {
  const scale = clampScale(width, height, requested);
  const size = { width: Math.round(width), height: Math.round(height) };
  if (!(scale >= MIN_SCALE)) {
    return {
      ok: false,
      refusal: {
        key: 'export.pngTooSmall',
        values: { ...size, scale: formatScale(scale), minimum: formatScale(MIN_SCALE) },
      },
    };
  }
  const notice: ExportMessage | null =
    scale < requested
      ? {
          key: 'export.clamped',
          values: { ...size, requested: formatScale(requested), scale: formatScale(scale) },
        }
      : null;
  return {
    ok: true,
    scale,
    width: Math.max(1, Math.floor(width * scale)),
    height: Math.max(1, Math.floor(height * scale)),
    notice,
  };
}
