/**
 * The nodes React Flow gets: the document's nodes with React Flow's own overlay (drag positions,
 * measured sizes) laid over them, keeping each node object that did not change. An unchanged
 * node keeps its identity, so memoised cards skip rendering and React Flow keeps its internal
 * node (and its edges' handles) as they were. Only changed nodes are copied.
 */
import type { Node, XYPosition } from '@xyflow/react';
import type { FlowOverlay } from './flowOverlay';

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}

/** Whether `prev` already is `next` placed at `position` with size `measured`. */
function sameNode(
  prev: Node,
  next: Node,
  position: XYPosition,
  dragging: boolean,
  measured?: Node['measured'],
): boolean {
  return (
    prev.type === next.type &&
    prev.position.x === position.x &&
    prev.position.y === position.y &&
    prev.width === next.width &&
    prev.height === next.height &&
    !!prev.selected === !!next.selected &&
    !!prev.dragging === dragging &&
    prev.measured?.width === measured?.width &&
    prev.measured?.height === measured?.height &&
    shallowEqual(prev.data, next.data)
  );
}

export function reconcileNodes<N extends Node>(
  previous: readonly N[],
  next: readonly N[],
  overlay: FlowOverlay = { dragging: new Map(), measured: new Map() },
): N[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => {
    const dragged = overlay.dragging.get(n.id);
    const position = dragged ?? n.position;
    const measured = overlay.measured.get(n.id) ?? n.measured;
    const prev = byId.get(n.id);
    if (prev && sameNode(prev, n, position, !!dragged, measured)) return prev;
    if (!dragged && measured === n.measured) return n;
    return { ...n, position, ...(dragged ? { dragging: true } : {}), ...(measured ? { measured } : {}) };
  });
}
