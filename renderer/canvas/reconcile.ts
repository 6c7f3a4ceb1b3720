/**
 * Keeps React Flow's node objects stable across renders: a node whose content, position,
 * selection and measured size are unchanged keeps its identity, so memoised cards skip
 * rendering and React Flow keeps its internal node (and its edges) as they were.
 */
import type { Node } from '@xyflow/react';

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}

function sameNode(prev: Node, next: Node): boolean {
  return (
    prev.type === next.type &&
    prev.position.x === next.position.x &&
    prev.position.y === next.position.y &&
    prev.width === next.width &&
    prev.height === next.height &&
    !!prev.selected === !!next.selected &&
    !!prev.dragging === !!next.dragging &&
    prev.measured?.width === next.measured?.width &&
    prev.measured?.height === next.measured?.height &&
    shallowEqual(prev.data, next.data)
  );
}

export function reconcileNodes<N extends Node>(previous: readonly N[], next: readonly N[]): N[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => {
    const prev = byId.get(n.id);
    return prev && sameNode(prev, n) ? prev : n;
  });
}
