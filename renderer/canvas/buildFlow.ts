/** The journey document as React Flow nodes and edges, positioned by the shared map layout. */
import { Position, type NodeHandle } from '@xyflow/react';
import { emotionOf, primaryPersonaId, type Journey, type LaneKind } from '../../shared/model';
import { bandFrameOf } from '../../shared/layout/bandFrame';
import { orderTouchpoints } from '../../shared/layout/journeyOrder';
import { blueprintLines, type BlueprintLineKind } from '../../shared/layout/blueprintLines';
import type { MapLayout } from '../../shared/layout/mapLayout';
import { SIZES } from '../../shared/layout/tokens';
import { isFilterActive, matchesFilter, type TouchpointFilter } from '../../shared/query/touchpointFilter';
import { bandNodes, type BandNodeOptions } from './bandNodes';
import type { CardWords } from './cardWords';
import type { JourneyEdge, JourneyNode, LaneRow } from './flowTypes';
import { journeyTabOrder, laneHeaderNodeId, laneNodeId } from './tabOrder';

/** The side of a card's handle square (renderer/styles/app.css draws it this size). */
export const CARD_HANDLE_SIZE = 14;

/**
 * Where a card's two handles are, as React Flow would measure them (centred on the card's left
 * and right edges; tests/e2e/canvasScale.spec.ts compares them with the drawn ones). React Flow
 * draws every node whose handles it has not measured yet, on screen or not, so without these
 * opening a 3,000-card map mounted every card once, only to remove all but the few on screen.
 */
export function cardHandles(width: number, height: number): NodeHandle[] {
  // Every card has the same size: one array for all of them, not two objects more per card per change.
  const key = `${width}x${height}`;
  let handles = handlesBySize.get(key);
  if (!handles) {
    const half = CARD_HANDLE_SIZE / 2;
    const y = height / 2 - half;
    handles = [
      { type: 'target', position: Position.Left, x: -half, y, width: CARD_HANDLE_SIZE, height: CARD_HANDLE_SIZE },
      {
        type: 'source',
        position: Position.Right,
        x: width - half,
        y,
        width: CARD_HANDLE_SIZE,
        height: CARD_HANDLE_SIZE,
      },
    ];
    handlesBySize.set(key, handles);
  }
  return handles;
}
const handlesBySize = new Map<string, NodeHandle[]>();

/** Lanes and the curve have no handles: saying so lets React Flow leave them undrawn off screen too. */
const NO_HANDLES: NodeHandle[] = [];

export interface BuildOptions {
  selected: ReadonlySet<string>;
  filter: TouchpointFilter;
  channelName(id: string): string;
  stageLabel(name: string): string;
  touchpointLabel(title: string): string;
  /** The words on every card, one object per language (cardWords.ts). */
  cardWords: CardWords;
  /** A lane header's accessible name, from the lane's name (or its kind's). */
  laneLabel?(name: string): string;
  laneKindName?(kind: LaneKind): string;
  /** A blueprint line's label. */
  lineLabel?(kind: BlueprintLineKind): string;
  /** A step card's accessible name, from its title, and the word for a step without one. */
  stepLabel?(title: string): string;
  stepUntitled?: string;
  /** The curves' accessible name, or null when the curves are hidden. */
  emotionCurve: string | null;
  /** What else goes under the lanes: hidden personas, the theme, the pain-point and opportunity bands. */
  bands?: Omit<BandNodeOptions, 'curves'>;
}

const NO_HIDDEN: ReadonlySet<string> = new Set();

/** The rows as stage columns read them: one array while the rows stay the same, so stage nodes keep their data. */
let lastRows: readonly LaneRow[] = [];
function laneRowsOf(layout: MapLayout): readonly LaneRow[] {
  const rows = layout.rows.map((r) => ({ laneId: r.laneId, kind: r.kind, y: r.y, height: r.height }));
  const same =
    rows.length === lastRows.length &&
    rows.every((r, i) => {
      const o = lastRows[i]!;
      return o.laneId === r.laneId && o.kind === r.kind && o.y === r.y && o.height === r.height;
    });
  if (!same) lastRows = rows;
  return lastRows;
}

/**
 * The lane headers (left of the first stage) and the grid of row separators and blueprint lines.
 * A journey of one lane and no steps is the single swimlane map it always was: no lane headers
 * (Add lane brings them), as its exports have none.
 */
function laneNodes(
  journey: Journey,
  layout: MapLayout,
  rows: readonly LaneRow[],
  options: BuildOptions,
): JourneyNode[] {
  if (journey.lanes.length <= 1 && journey.steps.length === 0) return [];
  const nodes: JourneyNode[] = layout.rows.map((row) => {
    const lane = journey.lanes[row.index]!;
    return {
      id: laneHeaderNodeId(lane.id),
      type: 'laneHeader',
      position: { x: layout.rowHeaders.x, y: row.y },
      data: { lane, index: row.index, laneCount: journey.lanes.length },
      width: layout.rowHeaders.width,
      height: row.height,
      draggable: true,
      dragHandle: '.lane-header__grip',
      selectable: false,
      focusable: false,
      zIndex: -1,
      handles: NO_HANDLES,
      ariaLabel: options.laneLabel?.(lane.name.trim() || options.laneKindName?.(lane.kind) || '') ?? lane.name,
    };
  });
  const top = SIZES.laneHeaderHeight;
  const lines = blueprintLines(journey.lanes.map((l) => l.kind)).map((line) => ({
    kind: line.kind,
    y: layout.rows[line.laneIndex]!.y - top,
    label: options.lineLabel?.(line.kind) ?? line.kind,
  }));
  if (layout.lanes.length > 0 && rows.length > 0)
    nodes.push({
      id: 'lane-grid',
      type: 'laneGrid',
      position: { x: 0, y: top },
      data: { width: layout.width, rows, lines },
      width: layout.width,
      height: layout.height - top,
      draggable: false,
      selectable: false,
      focusable: false,
      connectable: false,
      zIndex: -1,
      handles: NO_HANDLES,
    });
  return nodes;
}

export function buildNodes(journey: Journey, layout: MapLayout, options: BuildOptions): JourneyNode[] {
  const stages = new Map(journey.stages.map((s) => [s.id, s]));
  const rows = laneRowsOf(layout);
  const counts = new Map<string, number>();
  for (const tp of journey.touchpoints) counts.set(tp.stageId, (counts.get(tp.stageId) ?? 0) + 1);
  const stageNodes = new Map<string, JourneyNode>();
  for (const lane of layout.lanes) {
    const stage = stages.get(lane.stageId)!;
    stageNodes.set(laneNodeId(stage.id), {
      id: laneNodeId(stage.id),
      type: 'stage',
      position: { x: lane.x, y: lane.y },
      data: {
        stage,
        index: lane.index,
        count: counts.get(stage.id) ?? 0,
        width: lane.width,
        height: lane.height,
        rows,
      },
      width: lane.width,
      height: lane.height,
      draggable: true,
      dragHandle: '.stage-lane__grip',
      selectable: false,
      // Its header's buttons take the focus (one Tab stop, arrows inside), not the lane itself.
      focusable: false,
      zIndex: -1,
      handles: NO_HANDLES,
      ariaLabel: options.stageLabel(stage.name),
    });
  }
  const filtering = isFilterActive(options.filter);
  // A dozen channels among thousands of cards: each name is looked up once per build.
  const channelNames = new Map<string, string>();
  const channelName = (id: string) => {
    let name = channelNames.get(id);
    if (name === undefined) {
      name = options.channelName(id);
      channelNames.set(id, name);
    }
    return name;
  };
  const cardNodes = new Map<string, JourneyNode>();
  const personaId = primaryPersonaId(journey);
  for (const tp of journey.touchpoints) {
    const rect = layout.cards.get(tp.id);
    if (!rect) continue;
    cardNodes.set(tp.id, {
      id: tp.id,
      type: 'touchpoint',
      position: { x: rect.x, y: rect.y },
      data: {
        touchpoint: tp,
        emotion: emotionOf(tp, personaId),
        channelName: channelName(tp.channel),
        dimmed: filtering && !matchesFilter(tp, options.filter),
        editingTitle: false,
        words: options.cardWords,
      },
      width: rect.width,
      height: rect.height,
      selected: options.selected.has(tp.id),
      ariaLabel: options.touchpointLabel(tp.title),
      ariaRole: 'button',
      handles: cardHandles(rect.width, rect.height),
    });
  }
  for (const step of journey.steps) {
    const rect = layout.cards.get(step.id);
    if (!rect) continue;
    cardNodes.set(step.id, {
      id: step.id,
      type: 'step',
      position: { x: rect.x, y: rect.y },
      data: { step, untitled: options.stepUntitled ?? '' },
      width: rect.width,
      height: rect.height,
      selected: options.selected.has(step.id),
      ariaLabel: options.stepLabel?.(step.title) ?? step.title,
      ariaRole: 'button',
      handles: cardHandles(rect.width, rect.height),
    });
  }
  // Page order is Tab order: the lane headers, then each stage column and its cards in journey order.
  const nodes: JourneyNode[] = [];
  const grid = laneNodes(journey, layout, rows, options);
  nodes.push(...grid.filter((n) => n.type === 'laneHeader'));
  for (const id of journeyTabOrder(journey)) {
    const node = stageNodes.get(id) ?? cardNodes.get(id);
    if (node) nodes.push(node);
  }
  // After every stage column (z -1 like them, later in the page), so drawn over their fills.
  const gridNode = grid.find((n) => n.type === 'laneGrid');
  if (gridNode) nodes.push(gridNode);
  // Under the lanes: the personas' curves, then the pain-point and opportunity bands (bandNodes.ts).
  const bands = options.bands;
  nodes.push(
    ...bandNodes(journey, orderTouchpoints(journey), bandFrameOf(layout), {
      curves: options.emotionCurve,
      hiddenPersonas: bands?.hiddenPersonas ?? NO_HIDDEN,
      theme: bands?.theme ?? 'light',
      painPoints: bands?.painPoints ?? null,
      opportunities: bands?.opportunities ?? null,
    }),
  );
  return nodes;
}

/** Flows are drawn over cards (z 0) and lanes (z -1); a selected card (React Flow lifts it by 1000) over them. */
export const EDGE_Z = 1;

/** `flowLabel` names a flow for screen readers by its cards' titles (React Flow would read their ids). */
export function buildEdges(
  journey: Journey,
  selected: ReadonlySet<string>,
  flowLabel?: (fromTitle: string, toTitle: string) => string,
): JourneyEdge[] {
  const titles = flowLabel
    ? new Map([...journey.touchpoints, ...journey.steps].map((card) => [card.id, card.title]))
    : undefined;
  return journey.connections.map((c) => ({
    id: c.id,
    source: c.from,
    target: c.to,
    type: 'flow',
    data: c.label === undefined ? {} : { label: c.label },
    selected: selected.has(c.id),
    // Above the cards, so no flow hides behind one; its label button is its keyboard stop once selected.
    zIndex: EDGE_Z,
    focusable: false,
    ...(flowLabel && titles ? { ariaLabel: flowLabel(titles.get(c.from) ?? '', titles.get(c.to) ?? '') } : {}),
  }));
}
