/**
 * Zooms at which the map can be read on a projector. Cards are drawn in full from
 * READABLE_ZOOM up (their 14 px titles at least 11 px on screen); below it they switch to a
 * title-only rendering in 24 px type, readable down to OVERVIEW_MIN_ZOOM. Opening a map
 * never goes below READABLE_ZOOM and "fit" never below OVERVIEW_MIN_ZOOM: a map larger than
 * that is shown from the start of the journey instead of whole.
 */
import type { Rect } from '../../shared/layout/mapLayout';

/** The smallest text a projector audience can read, in screen pixels. */
export const MIN_SCREEN_TEXT_PX = 11;
/** The card title's size in canvas pixels (app.css .tp-card__title) and in the overview (.canvas--overview). */
export const CARD_TITLE_PX = 14;
export const OVERVIEW_TITLE_PX = 24;
export const READABLE_ZOOM = Math.ceil((MIN_SCREEN_TEXT_PX / CARD_TITLE_PX) * 100) / 100;
export const OVERVIEW_MIN_ZOOM = Math.ceil((MIN_SCREEN_TEXT_PX / OVERVIEW_TITLE_PX) * 100) / 100;
/** Never magnify past natural size when a small map is fitted. */
export const FIT_MAX_ZOOM = 1;
/** Room kept free around the map, in screen pixels. */
export const FIT_PADDING_PX = 24;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The viewport that shows `bounds` whole, centred, if that keeps the zoom at `minZoom` or
 * more; else the viewport at `minZoom` with the bounds' top-left corner (the first stage, the
 * start of the journey) at the top left of the screen.
 */
export function readableViewport(bounds: Rect, screen: { width: number; height: number }, minZoom: number): Viewport {
  // Nothing drawn yet: the first stage will appear at the top left, where a journey starts.
  if (bounds.width <= 0 && bounds.height <= 0) return { zoom: FIT_MAX_ZOOM, x: FIT_PADDING_PX, y: FIT_PADDING_PX };
  const room = { width: screen.width - 2 * FIT_PADDING_PX, height: screen.height - 2 * FIT_PADDING_PX };
  const fit = Math.min(
    FIT_MAX_ZOOM,
    bounds.width > 0 ? room.width / bounds.width : FIT_MAX_ZOOM,
    bounds.height > 0 ? room.height / bounds.height : FIT_MAX_ZOOM,
  );
  if (fit >= minZoom) {
    return {
      zoom: fit,
      x: screen.width / 2 - (bounds.x + bounds.width / 2) * fit,
      y: screen.height / 2 - (bounds.y + bounds.height / 2) * fit,
    };
  }
  return { zoom: minZoom, x: FIT_PADDING_PX - bounds.x * minZoom, y: FIT_PADDING_PX - bounds.y * minZoom };
}

/** The viewport after panning the least (zoom kept) so `rect` is on screen, or null when it already is. */
export function revealRect(rect: Rect, viewport: Viewport, screen: { width: number; height: number }): Viewport | null {
  const { zoom } = viewport;
  const left = rect.x * zoom + viewport.x;
  const top = rect.y * zoom + viewport.y;
  const right = left + rect.width * zoom;
  const bottom = top + rect.height * zoom;
  const pad = FIT_PADDING_PX;
  let dx = 0;
  let dy = 0;
  if (right > screen.width - pad) dx = screen.width - pad - right;
  if (left + dx < pad) dx = pad - left;
  if (bottom > screen.height - pad) dy = screen.height - pad - bottom;
  if (top + dy < pad) dy = pad - top;
  return dx === 0 && dy === 0 ? null : { zoom, x: viewport.x + dx, y: viewport.y + dy };
}
