/**
 * The largest raster an export makes: 16,384 px a side, Chromium's canvas limit, so that the
 * app (canvas) and the CLI (resvg) agree on size and on what they tell the user.
 */

export const MAX_RASTER_SIDE = 16_384;

/** The scale to rasterise at so that neither side exceeds MAX_RASTER_SIDE. */
export function clampScale(width: number, height: number, requested: number): number {
  return Math.min(requested, MAX_RASTER_SIDE / width, MAX_RASTER_SIDE / height);
}

const formatScale = (scale: number) => `${Math.round(scale * 1000) / 1000}×`;

/** What to tell the user when `scale` had to be lower than `requested`; null when it did not. */
export function rasterClampNotice(width: number, height: number, requested: number, scale: number): string | null {
  if (scale >= requested) return null;
  return `The map is ${width}×${height} px; at ${formatScale(requested)} it would exceed ${MAX_RASTER_SIDE.toLocaleString('en')} px a side, so it was scaled to ${formatScale(scale)}.`;
}
