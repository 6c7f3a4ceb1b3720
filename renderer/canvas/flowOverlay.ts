/**
 * What React Flow knows about nodes that the document does not: where a node is while it is
 * dragged, and the size it measured (reconcile.ts lays it over the nodes). Everything else
 * about a node (content, lane, selection) is derived from the document and the editor's
 * selection on every render.
 */
import type { Dimensions, NodeChange, XYPosition } from '@xyflow/react';
import type { Journey } from '../../shared/model';
import type { JourneyNode } from './flowTypes';

export interface FlowOverlay {
  /** Nodes being dragged, at React Flow's position; dropped into the document on drag stop. */
  dragging: ReadonlyMap<string, XYPosition>;
  measured: ReadonlyMap<string, Dimensions>;
}

export const EMPTY_OVERLAY: FlowOverlay = { dragging: new Map(), measured: new Map() };

/** The overlay after React Flow's position and size changes; other changes are not the overlay's. */
export function applyOverlayChanges(overlay: FlowOverlay, changes: readonly NodeChange<JourneyNode>[]): FlowOverlay {
  let dragging: Map<string, XYPosition> | null = null;
  let measured: Map<string, Dimensions> | null = null;
  for (const change of changes) {
    if (change.type === 'position' && change.position && change.dragging) {
      dragging ??= new Map(overlay.dragging);
      dragging.set(change.id, change.position);
    } else if (change.type === 'dimensions' && change.dimensions) {
      const known = overlay.measured.get(change.id);
      if (known?.width === change.dimensions.width && known.height === change.dimensions.height) continue;
      measured ??= new Map(overlay.measured);
      measured.set(change.id, change.dimensions);
    }
  }
  return dragging || measured
    ? { dragging: dragging ?? overlay.dragging, measured: measured ?? overlay.measured }
    : overlay;
}

/** The drag is over (dropped, or refused): nodes go back to where the document has them. */
export const endDrag = (overlay: FlowOverlay): FlowOverlay =>
  overlay.dragging.size === 0 ? overlay : { ...overlay, dragging: new Map() };

/** React Flow's word that a node or edge was selected or unselected. */
export interface SelectChange {
  type: 'select';
  id: string;
  selected: boolean;
}

/** The selection after React Flow's select changes (clicks, Shift-clicks, box selection), in document order. */
export function applySelectChanges(
  journey: Journey,
  selection: readonly string[],
  changes: readonly SelectChange[],
): readonly string[] {
  const selected = new Set(selection);
  let changed = false;
  for (const change of changes) {
    if (selected.has(change.id) === change.selected) continue;
    if (change.selected) selected.add(change.id);
    else selected.delete(change.id);
    changed = true;
  }
  if (!changed) return selection;
  return [
    ...journey.touchpoints.filter((t) => selected.has(t.id)).map((t) => t.id),
    ...journey.steps.filter((s) => selected.has(s.id)).map((s) => s.id),
    ...journey.connections.filter((c) => selected.has(c.id)).map((c) => c.id),
  ];
}
