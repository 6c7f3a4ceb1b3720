/**
 * The canvas's side of the viewport commands: a readable fit, panning to what was just added,
 * and moving the focus to a card. Lent to the editor while the canvas is mounted.
 */
import { useEffect } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { layoutMap, type Rect } from '../../shared/layout/mapLayout';
import type { Editor } from '../editor/createEditor';
import type { JourneyEdge, JourneyNode } from './flowTypes';
import { OVERVIEW_MIN_ZOOM, READABLE_ZOOM, readableViewport, revealRect } from './readableViewport';

const LANE_PREFIX = 'lane:';

export function useViewportControls(editor: Editor, documentId: string): void {
  const flow = useReactFlow<JourneyNode, JourneyEdge>();
  const store = useStoreApi<JourneyNode, JourneyEdge>();

  useEffect(() => {
    const screen = () => ({ width: store.getState().width, height: store.getState().height });
    const mapBounds = () => flow.getNodesBounds(flow.getNodes());
    const rectOf = (id: string): Rect | undefined => {
      const layout = layoutMap(editor.document.getState().journey);
      if (!id.startsWith(LANE_PREFIX)) return layout.cards.get(id);
      const lane = layout.lanes.find((l) => l.stageId === id.slice(LANE_PREFIX.length));
      // A new lane's header and first card slots are what the user needs to see.
      return lane && { ...lane, height: Math.min(lane.height, 240) };
    };
    const reveal = (ids: readonly string[]) => {
      const rects = ids.map(rectOf).filter((r): r is Rect => !!r);
      if (rects.length === 0) return;
      const x = Math.min(...rects.map((r) => r.x));
      const y = Math.min(...rects.map((r) => r.y));
      const union = {
        x,
        y,
        width: Math.max(...rects.map((r) => r.x + r.width)) - x,
        height: Math.max(...rects.map((r) => r.y + r.height)) - y,
      };
      const next = revealRect(union, flow.getViewport(), screen());
      // At once, not animated: what comes next (typing, a drag) must find the map where it will stay.
      if (next) void flow.setViewport(next);
    };
    return editor.attachViewport({
      fitView: () => void flow.setViewport(readableViewport(mapBounds(), screen(), OVERVIEW_MIN_ZOOM)),
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
      reveal,
      focusCard(id) {
        reveal([id]);
        // The card may only be rendered once the pan has brought it into view.
        let tries = 0;
        const focus = () => {
          const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
          if (node) node.focus({ preventScroll: true });
          else if (++tries < 20) requestAnimationFrame(focus);
        };
        requestAnimationFrame(focus);
      },
    });
  }, [editor, flow, store]);

  // The map got narrower (the side panel opened for a selected card): keep that card in view.
  const width = useStore((s) => s.width);
  useEffect(() => {
    if (width === 0) return;
    const ids = new Set(editor.view.getState().selection);
    const { journey } = editor.document.getState();
    const cards = [...journey.touchpoints, ...journey.steps].filter((t) => ids.has(t.id)).map((t) => t.id);
    if (cards.length > 0) editor.commandContext.viewport.current?.reveal(cards);
  }, [width, editor]);

  // A newly opened or created document opens readable (whole if it fits, else from its start) once measured.
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const { width, height } = store.getState();
        void flow.setViewport(readableViewport(flow.getNodesBounds(flow.getNodes()), { width, height }, READABLE_ZOOM));
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [documentId, flow, store]);
}
