/** What a flow on the canvas needs to know about the map around it: the cards its route and its label keep clear of. */
import { createContext, useContext, useState } from 'react';
import type { MapLayout, Rect } from '../../shared/layout/mapLayout';
import { SIZES } from '../../shared/layout/tokens';

export interface FlowGeometry {
  /** What flows are routed round. */
  cards: readonly Rect[];
  /** What their labels keep off: the cards and the lanes' headers (stage names, the ⋯ menu). */
  labelObstacles: readonly Rect[];
}

export function flowGeometryOf(layout: MapLayout): FlowGeometry {
  const cards = [...layout.cards.values()];
  const headers = layout.lanes.map((lane) => ({ ...lane, height: SIZES.laneHeaderHeight }));
  return { cards, labelObstacles: [...cards, ...headers] };
}

const sameRects = (a: readonly Rect[], b: readonly Rect[]) =>
  a.length === b.length &&
  a.every((r, i) => r.x === b[i]!.x && r.y === b[i]!.y && r.width === b[i]!.width && r.height === b[i]!.height);

/**
 * flowGeometryOf(layout), the same object while no card or lane header moved or changed size:
 * every flow reads it, and a new one redrew all of them on each change of the map (a remote
 * title edit in a workshop, 20 times a second, redrew 300 flows).
 */
export function useFlowGeometryOf(layout: MapLayout): FlowGeometry {
  const [kept, setKept] = useState(() => ({ layout, geometry: flowGeometryOf(layout) }));
  if (kept.layout === layout) return kept.geometry;
  const next = flowGeometryOf(layout);
  const same =
    next.cards.length === kept.geometry.cards.length && sameRects(next.labelObstacles, kept.geometry.labelObstacles);
  const geometry = same ? kept.geometry : next;
  setKept({ layout, geometry });
  return geometry;
}

export const FlowGeometryContext = createContext<FlowGeometry>({ cards: [], labelObstacles: [] });

export const useFlowGeometry = () => useContext(FlowGeometryContext);
