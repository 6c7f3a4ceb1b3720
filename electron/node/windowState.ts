/**
 * Where the window opens: the size and position it had last time, clamped so that it is on a
 * screen that exists now (a monitor may have been unplugged, or the resolution lowered).
 */
import type { WindowState } from './settingsSchema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowDefaults {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

export interface RestoredWindow {
  /** No x/y means "let the OS centre it". */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

/** How much of the window must overlap a screen, each way, for it to count as being on it. */
export const MIN_VISIBLE_PX = 100;

const isFiniteNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const clamp = (n: number, low: number, high: number) => Math.min(Math.max(n, low), Math.max(low, high));

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * @param saved what was stored when the window last closed (may be absent or nonsense)
 * @param workAreas the screens' work areas now, the primary screen first
 */
export function restoreWindowBounds(
  saved: Partial<WindowState> | undefined,
  workAreas: readonly Rect[],
  defaults: WindowDefaults,
): RestoredWindow {
  const primary = workAreas[0];
  const fitTo = (area: Rect | undefined, width: number, height: number) =>
    area ? { width: Math.min(width, area.width), height: Math.min(height, area.height) } : { width, height };

  if (!saved || !isFiniteNumber(saved.width) || !isFiniteNumber(saved.height)) {
    return { bounds: fitTo(primary, defaults.width, defaults.height), maximized: false };
  }
  const maximized = saved.maximized === true;
  const width = Math.max(Math.round(saved.width), defaults.minWidth);
  const height = Math.max(Math.round(saved.height), defaults.minHeight);
  if (!isFiniteNumber(saved.x) || !isFiniteNumber(saved.y) || !primary) {
    return { bounds: fitTo(primary, width, height), maximized };
  }
  const wanted: Rect = { x: Math.round(saved.x), y: Math.round(saved.y), width, height };
  let best: { area: Rect; visible: number } | null = null;
  for (const area of workAreas) {
    const o = overlap(wanted, area);
    if (o.width < MIN_VISIBLE_PX || o.height < MIN_VISIBLE_PX) continue;
    if (!best || o.width * o.height > best.visible) best = { area, visible: o.width * o.height };
  }
  if (!best) {
    // Off every screen: same size (if it fits), centred on the primary screen.
    const size = fitTo(primary, width, height);
    return {
      bounds: {
        x: primary.x + Math.round((primary.width - size.width) / 2),
        y: primary.y + Math.round((primary.height - size.height) / 2),
        ...size,
      },
      maximized,
    };
  }
  const { area } = best;
  const size = fitTo(area, width, height);
  return {
    bounds: {
      x: clamp(wanted.x, area.x, area.x + area.width - size.width),
      y: clamp(wanted.y, area.y, area.y + area.height - size.height),
      ...size,
    },
    maximized,
  };
}
