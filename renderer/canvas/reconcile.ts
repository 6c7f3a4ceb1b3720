/**
 * The nodes React Flow gets: the document's nodes with React Flow's own overlay (drag positions,
 * measured sizes) laid over them, keeping each node object that did not change. An unchanged
 * node keeps its identity, so memoised cards skip rendering and React Flow keeps its internal
 * node (and its edges' handles) as they were. Only changed nodes are copied.
 */
import type { Edge, Node, XYPosition } from '@xyflow/react';
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

/** `next` with the overlay laid over it, or `prev` where that is what it already is. */
function reconcileNode<N extends Node>(prev: N | undefined, n: N, overlay: FlowOverlay): N {
  const dragged = overlay.dragging.get(n.id);
  const position = dragged ?? n.position;
  const measured = overlay.measured.get(n.id) ?? n.measured;
  if (prev && sameNode(prev, n, position, !!dragged, measured)) return prev;
  if (!dragged && measured === n.measured) return n;
  return { ...n, position, ...(dragged ? { dragging: true } : {}), ...(measured ? { measured } : {}) };
}

export function reconcileNodes<N extends Node>(
  previous: readonly N[],
  next: readonly N[],
  overlay: FlowOverlay = { dragging: new Map(), measured: new Map() },
): N[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => reconcileNode(byId.get(n.id), n, overlay));
}

const indexes = new WeakMap<readonly Node[], Map<string, number>>();
/** Where each node is in `nodes` (made once per nodes array, kept while it lives). */
function indexOf(nodes: readonly Node[]): Map<string, number> {
  let index = indexes.get(nodes);
  if (!index) {
    index = new Map(nodes.map((n, i) => [n.id, i]));
    indexes.set(nodes, index);
  }
  return index;
}

/**
 * A drag frame: the same nodes as `previous` was reconciled from, and only the drag positions
 * changed. Only the nodes dragged before or now are looked at, so a frame costs the dragged
 * cards, not the map (`reconcileNodes` compares every node). `previous` is what
 * `reconcileNodes(…, next, before)` returned, node for node.
 */
export function reconcileDragged<N extends Node>(
  previous: readonly N[],
  next: readonly N[],
  before: FlowOverlay,
  overlay: FlowOverlay,
): N[] {
  const index = indexOf(next);
  let result: N[] | null = null;
  for (const id of new Set([...before.dragging.keys(), ...overlay.dragging.keys()])) {
    const i = index.get(id);
    if (i === undefined) continue;
    const node = reconcileNode(previous[i], next[i]!, overlay);
    if (node === previous[i]) continue;
    result ??= [...previous];
    result[i] = node;
  }
  return result ?? (previous as N[]);
}

/** Whether two flows draw the same: same ends, kind, selection, label and accessible name. */
function sameEdge(prev: Edge, next: Edge): boolean {
  return (
    prev.source === next.source &&
    prev.target === next.target &&
    prev.type === next.type &&
    !!prev.selected === !!next.selected &&
    prev.zIndex === next.zIndex &&
    prev.focusable === next.focusable &&
    prev.ariaLabel === next.ariaLabel &&
    shallowEqual(prev.data ?? {}, next.data ?? {})
  );
}

/**
 * The edges React Flow gets, keeping each edge object that did not change, so a change of one
 * card or one selection re-renders only the flows it touches (each flow computes its route
 * when it renders).
 */
export function reconcileEdges<E extends Edge>(previous: readonly E[], next: readonly E[]): E[] {
  if (previous.length === 0) return [...next];
  const byId = new Map(previous.map((e) => [e.id, e]));
  let changed = previous.length !== next.length;
  const result = next.map((e, i) => {
    const prev = byId.get(e.id);
    const kept = prev && sameEdge(prev, e) ? prev : e;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  // Nothing changed: the same array, so React Flow does not even look at the edges again.
  return changed ? result : (previous as E[]);
}
