/**
 * Keeps React Flow's node objects stable across document changes: an unchanged node keeps its
 * identity (memoised cards skip rendering) and a changed one keeps its measured size (so React
 * Flow does not hide it and its edges while it measures again).
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
    shallowEqual(prev.data, next.data)
  );
}

export function reconcileNodes<N extends Node>(previous: readonly N[], next: readonly N[]): N[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => {
    const prev = byId.get(n.id);
    if (!prev) return n;
    if (sameNode(prev, n)) return prev;
    return prev.measured ? { ...n, measured: prev.measured } : n;
  });
}
