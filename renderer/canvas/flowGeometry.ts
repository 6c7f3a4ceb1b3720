/** What a flow on the canvas needs to know about the map around it: the cards its route and its label keep clear of. */
import { createContext, useContext } from 'react';
import type { MapLayout, Rect } from '../../shared/layout/mapLayout';

export interface FlowGeometry {
  cards: readonly Rect[];
}

export function flowGeometryOf(layout: MapLayout): FlowGeometry {
  return { cards: [...layout.cards.values()] };
}

export const FlowGeometryContext = createContext<FlowGeometry>({ cards: [] });

export const useFlowGeometry = () => useContext(FlowGeometryContext);
