/** React Flow's selection is derived from the editor's; only drag positions and measured sizes live beside it. */
import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../../shared/layout/mapLayout';
import { EMPTY_FILTER } from '../../../../shared/query/touchpointFilter';
import { createConnection } from '../../../../shared/model';
import { buildNodes } from '../../../../renderer/canvas/buildFlow';
import { cardWordsOf } from '../../../../renderer/canvas/cardWords';
import {
  EMPTY_OVERLAY,
  applyOverlayChanges,
  applySelectChanges,
  endDrag,
  type FlowOverlay,
} from '../../../../renderer/canvas/flowOverlay';
import { reconcileDragged, reconcileNodes } from '../../../../renderer/canvas/reconcile';
import { sampleJourney } from '../../../helpers/editFixtures';

const journey = { ...sampleJourney(), connections: [createConnection('tp-a', 'tp-c', { id: 'flow-1' })] };
const select = (id: string, selected = true) => ({ type: 'select' as const, id, selected });

describe('selection from React Flow', () => {
  it('a click selects one card and unselects the rest, in document order', () => {
    expect(applySelectChanges(journey, ['tp-c', 'flow-1'], [select('tp-a'), select('tp-c', false)])).toEqual([
      'tp-a',
      'flow-1',
    ]);
  });

  it('Shift-click and box selection add to it; document order whatever order React Flow reports', () => {
    expect(applySelectChanges(journey, ['tp-c'], [select('flow-1'), select('tp-b'), select('tp-a')])).toEqual([
      'tp-a',
      'tp-b',
      'tp-c',
      'flow-1',
    ]);
  });

  it('keeps the same selection object when nothing changes, so nothing re-renders', () => {
    const current = ['tp-a'];
    expect(applySelectChanges(journey, current, [select('tp-a'), select('tp-b', false)])).toBe(current);
  });
});

describe('the overlay', () => {
  const nodes = buildNodes(journey, layoutMap(journey), {
    selected: new Set(),
    filter: EMPTY_FILTER,
    channelName: (id) => id,
    stageLabel: (name) => name,
    touchpointLabel: (title) => title,
    cardWords: cardWordsOf(((key: string) => key) as never),
    emotionCurve: null,
  });

  const withOverlay = (overlay: FlowOverlay) => reconcileNodes([], nodes, overlay);

  it('holds a dragged card where React Flow has it until the drag ends, then the document decides', () => {
    const dragging = applyOverlayChanges(EMPTY_OVERLAY, [
      { type: 'position', id: 'tp-a', position: { x: 640, y: 96 }, dragging: true },
    ]);
    const during = withOverlay(dragging).find((n) => n.id === 'tp-a')!;
    expect(during).toMatchObject({ position: { x: 640, y: 96 }, dragging: true });
    // The end of the drag (dragging: false) is the drop; until the drop is applied the card stays put.
    expect(applyOverlayChanges(dragging, [{ type: 'position', id: 'tp-a', dragging: false }])).toBe(dragging);
    const after = withOverlay(endDrag(dragging)).find((n) => n.id === 'tp-a')!;
    expect(after.position).toEqual(nodes.find((n) => n.id === 'tp-a')!.position);
  });

  it('keeps measured sizes, and ignores a size it already has', () => {
    const dimensions = { width: 220, height: 96 };
    const measured = applyOverlayChanges(EMPTY_OVERLAY, [{ type: 'dimensions', id: 'tp-b', dimensions }]);
    expect(withOverlay(measured).find((n) => n.id === 'tp-b')!.measured).toEqual(dimensions);
    expect(applyOverlayChanges(measured, [{ type: 'dimensions', id: 'tp-b', dimensions: { ...dimensions } }])).toBe(
      measured,
    );
  });

  it('leaves selection to the editor: select changes do not touch it', () => {
    expect(applyOverlayChanges(EMPTY_OVERLAY, [select('tp-a')])).toBe(EMPTY_OVERLAY);
  });
});

describe('stable nodes', () => {
  it('copies only what the overlay changes', () => {
    const base: Node[] = [
      { id: 'a', position: { x: 0, y: 0 }, data: {} },
      { id: 'b', position: { x: 0, y: 0 }, data: {} },
    ];
    const overlay = applyOverlayChanges(EMPTY_OVERLAY, [
      { type: 'dimensions', id: 'a', dimensions: { width: 10, height: 10 } },
    ]);
    const first = reconcileNodes([], base, overlay);
    expect(first[0]).not.toBe(base[0]);
    expect(first[1]).toBe(base[1]);
    // The next render keeps the copy it made: nothing changed.
    expect(reconcileNodes(first, [{ ...base[0]! }, base[1]!], overlay)[0]).toBe(first[0]);
  });

  it('an unchanged node keeps its identity; a moved, selected or measured one is new', () => {
    const base: Node[] = [{ id: 'a', type: 'touchpoint', position: { x: 0, y: 0 }, data: { title: 'A' } }];
    const same = reconcileNodes(base, [{ ...base[0]!, data: { title: 'A' } }]);
    expect(same[0]).toBe(base[0]);
    expect(reconcileNodes(base, [{ ...base[0]!, selected: true }])[0]).not.toBe(base[0]);
    expect(reconcileNodes(base, [{ ...base[0]!, position: { x: 8, y: 0 } }])[0]).not.toBe(base[0]);
    expect(reconcileNodes(base, [{ ...base[0]!, measured: { width: 1, height: 1 } }])[0]).not.toBe(base[0]);
  });
});

describe('a drag frame', () => {
  const base: Node[] = Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, position: { x: i, y: 0 }, data: {} }));
  const drag = (id: string, x: number, overlay: FlowOverlay) =>
    applyOverlayChanges(overlay, [{ type: 'position', id, position: { x, y: 0 }, dragging: true }]);

  it('gives what reconciling every node gives, copying only the dragged nodes', () => {
    const start = reconcileNodes([], base, EMPTY_OVERLAY);
    let before = EMPTY_OVERLAY;
    let result = start;
    for (const [id, x] of [
      ['n1', 10],
      ['n1', 20],
      ['n3', 30],
    ] as const) {
      const overlay = drag(id, x, before);
      const next = reconcileDragged(result, base, before, overlay);
      expect(next).toEqual(reconcileNodes(result, base, overlay));
      expect(next.filter((n, i) => n !== result[i]).map((n) => n.id)).toEqual([id]);
      [before, result] = [overlay, next];
    }
    // Dropped: the dragged nodes are the document's own objects again, as the others stayed.
    const dropped = reconcileDragged(result, base, before, endDrag(before));
    expect(dropped).toEqual(reconcileNodes(result, base, endDrag(before)));
    expect(dropped.every((n, i) => n === base[i] && n === start[i])).toBe(true);
  });

  it('returns the same array when no dragged node moved', () => {
    const overlay = drag('n2', 8, EMPTY_OVERLAY);
    const result = reconcileNodes([], base, overlay);
    expect(reconcileDragged(result, base, overlay, { ...overlay })).toBe(result);
  });
});
