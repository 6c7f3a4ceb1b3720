/** The mini map's mask (JourneyMiniMap.tsx): the screen's rectangle as a hole, its shadow the mask. */
import type { CSSProperties } from 'react';

/** React Flow's MiniMap defaults, so it looks and sits the same. */
export const MINIMAP_WIDTH = 200;
export const MINIMAP_HEIGHT = 150;

/** Far enough for the hole's shadow to cover the whole box wherever the hole is held (below). */
const SHADOW_SPREAD = MINIMAP_WIDTH + MINIMAP_HEIGHT;

/**
 * The hole at (left, top) in pixels of the mini map's box, moved by a transform only, which the
 * compositor applies: the clip path it replaces repainted the mask, and the document with it, on
 * every wheel step of a pan (a Chromium trace of a 1,000-card pan: 120 paints before, none
 * after). Past the box's edges the hole is held just outside it, which looks the same, so the
 * shadow always reaches across the box. Whole pixels: a pan that moves it less than a pixel
 * changes no style at all.
 */
export function holeStyle(left: number, top: number, width: number, height: number): CSSProperties {
  const hold = (v: number, size: number, max: number) => Math.round(Math.min(Math.max(v, -size - 1), max + 1));
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    width: round(width),
    height: round(height),
    transform: `translate(${hold(left, width, MINIMAP_WIDTH)}px, ${hold(top, height, MINIMAP_HEIGHT)}px)`,
    boxShadow: `0 0 0 ${SHADOW_SPREAD}px var(--xy-minimap-mask-background-color, var(--xy-minimap-mask-background-color-default))`,
  };
}
