/**
 * Follow's geometry (docs/workshop.md "Presence"): the view a participant announces, and the
 * viewport that shows someone else's view on this screen. Pure, so it is tested without a canvas.
 */
import type { ViewRect } from './participants';

export interface FlowViewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Screen {
  width: number;
  height: number;
}

/** The flow rectangle a viewport shows on a screen, rounded to whole flow units (what goes out). */
export function viewOfViewport(viewport: FlowViewport, screen: Screen): ViewRect | null {
  if (!(viewport.zoom > 0) || screen.width <= 0 || screen.height <= 0) return null;
  return {
    x: Math.round(-viewport.x / viewport.zoom),
    y: Math.round(-viewport.y / viewport.zoom),
    width: Math.max(1, Math.round(screen.width / viewport.zoom)),
    height: Math.max(1, Math.round(screen.height / viewport.zoom)),
  };
}

/**
 * The viewport that shows `view` on this screen: the same centre, and the zoom that fits it
 * whole (the same zoom on a screen of the same size), within the canvas's zoom limits.
 */
export function viewportShowing(view: ViewRect, screen: Screen, limits: { min: number; max: number }): FlowViewport {
  const fit = Math.min(screen.width / view.width, screen.height / view.height);
  const zoom = Math.min(limits.max, Math.max(limits.min, fit));
  return {
    zoom,
    x: screen.width / 2 - (view.x + view.width / 2) * zoom,
    y: screen.height / 2 - (view.y + view.height / 2) * zoom,
  };
}

/**
 * One frame's step from `from` towards `to`: a fraction of the way in centre and in log zoom,
 * so zooming and panning arrive together; `to` itself once within half a screen pixel.
 */
export function stepTowards(from: FlowViewport, to: FlowViewport, screen: Screen, fraction: number): FlowViewport {
  const centre = (v: FlowViewport) => ({
    x: (screen.width / 2 - v.x) / v.zoom,
    y: (screen.height / 2 - v.y) / v.zoom,
  });
  const a = centre(from);
  const b = centre(to);
  const zoom = Math.exp(Math.log(from.zoom) + (Math.log(to.zoom) - Math.log(from.zoom)) * fraction);
  const x = a.x + (b.x - a.x) * fraction;
  const y = a.y + (b.y - a.y) * fraction;
  const next = { zoom, x: screen.width / 2 - x * zoom, y: screen.height / 2 - y * zoom };
  return sameViewport(next, to) ? to : next;
}

/** Within half a screen pixel and a thousandth of zoom: the same on screen. */
export function sameViewport(a: FlowViewport, b: FlowViewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom / b.zoom - 1) < 1e-3;
}
