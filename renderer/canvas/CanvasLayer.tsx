/**
 * What a higher area draws inside React Flow, in the canvas's own coordinates. The canvas renders
 * `<CanvasLayer />` inside its flow; outside a live workshop it draws nothing. The workshop's
 * join gate fills it with participants' cursors (renderer/workshop/Cursors.tsx) from its own
 * chunk, so the editor's start carries only this file.
 */
import { createContext, useContext, type ReactNode } from 'react';

export const CanvasLayerContext = createContext<ReactNode>(null);

export function CanvasLayer() {
  return <>{useContext(CanvasLayerContext)}</>;
}
