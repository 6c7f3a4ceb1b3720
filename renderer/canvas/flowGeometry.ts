/** What a flow on the canvas needs to know about the map around it: the cards its route and its label keep clear of. */
import { createContext, useContext } from 'react';
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

export const FlowGeometryContext = createContext<FlowGeometry>({ cards: [], labelObstacles: [] });

export const useFlowGeometry = () => useContext(FlowGeometryContext);
