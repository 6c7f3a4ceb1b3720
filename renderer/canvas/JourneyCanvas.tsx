import { useCallback, useMemo, useState } from 'react';
import {
  Background,
  ControlButton,
  Controls,
  MarkerType,
  ReactFlow,
  useStore,
  type Connection as FlowConnection,
  type EdgeChange,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type ReactFlowState,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { TouchpointMove } from '../../shared/edit/journeyEdits';
import { dropTarget, layoutMap, type MapLayout } from '../../shared/layout/mapLayout';
import { BUILT_IN_CHANNELS } from '../../shared/model';
import { useEditor, useRun, useView } from '../editor/EditorContext';
import { NO_COMPARE_GHOSTS, useCompareGhosts, type CompareGhosts } from '../editor/useCompareView';
import { GhostNode } from './CompareMarks';
import { buildEdges, buildNodes } from './buildFlow';
import { cardWordsOf } from './cardWords';
import { flowAriaLabels } from './flowAriaLabels';
import {
  EMPTY_OVERLAY,
  applyOverlayChanges,
  applySelectChanges,
  endDrag,
  type FlowOverlay,
  type SelectChange,
} from './flowOverlay';
import { CurveLegend } from './CurveLegend';
import { EmotionCurveNode } from './EmotionCurve';
import { FlowEdge } from './FlowEdge';
import { FlowGeometryContext, useFlowGeometryOf } from './flowGeometry';
import type { JourneyEdge, JourneyNode } from './flowTypes';
import { dropOnCard } from './dropOnCard';
import { READABLE_ZOOM } from './readableViewport';
import { JourneyMiniMap } from './JourneyMiniMap';
import { NoteBandNode } from './NoteBand';
import { useBandOptions } from './useBandOptions';
import { fillIn, fillInOne } from './labelFormat';
import { reconcileDragged, reconcileEdges, reconcileNodes } from './reconcile';
import { LaneGridNode } from './LaneGridNode';
import { LaneHeaderNode } from './LaneHeaderNode';
import { StageLaneNode } from './StageLaneNode';
import { StepNode } from './StepNode';
import { TouchpointNode } from './TouchpointNode';
import { useDrawnJourney } from './useDrawnJourney';
import { useStable } from './useStable';
import { useViewportControls } from './useViewportControls';
import { rendersWhole } from './renderWhole';
import { CanvasLayer } from './CanvasLayer';

const nodeTypes = {
  stage: StageLaneNode,
  laneHeader: LaneHeaderNode,
  laneGrid: LaneGridNode,
  touchpoint: TouchpointNode,
  step: StepNode,
  emotionCurve: EmotionCurveNode,
  noteBand: NoteBandNode,
  ghost: GhostNode,
} satisfies NodeTypes;
const edgeTypes = { flow: FlowEdge } satisfies EdgeTypes;
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };
// Constants, not literals: React Flow stores a snapGrid that is a new array, which runs every
// node's and flow's store selector again, on every render of the map (every remote change).
const PAN_BUTTONS = [1, 2];
const SNAP_GRID: [number, number] = [8, 8];
const NO_SELECTION: ReadonlySet<string> = new Set();

/** Compare mode's removed cards where the layout put them: not selectable, draggable or connectable. */
function ghostNodes(ghosts: CompareGhosts, layout: MapLayout): JourneyNode[] {
  return [...ghosts.touchpoints, ...ghosts.steps].flatMap((tp): JourneyNode[] => {
    const rect = layout.cards.get(tp.id);
    if (!rect) return [];
    return [
      {
        id: `ghost:${tp.id}`,
        type: 'ghost',
        position: { x: rect.x, y: rect.y },
        data: { title: tp.title },
        width: rect.width,
        height: rect.height,
        draggable: false,
        selectable: false,
        connectable: false,
        focusable: false,
        handles: [],
      },
    ];
  });
}

/** The editor's selection and the card whose title is being typed, laid over nodes built without them. */
function applySelection(
  nodes: JourneyNode[],
  selected: ReadonlySet<string>,
  editingTitle: string | null,
): JourneyNode[] {
  if (selected.size === 0 && editingTitle === null) return nodes;
  return nodes.map((n) => {
    if (!selected.has(n.id) && n.id !== editingTitle) return n;
    const node = selected.has(n.id) ? { ...n, selected: true } : n;
    return node.type === 'touchpoint' && n.id === editingTitle
      ? { ...node, data: { ...node.data, editingTitle: true } }
      : node;
  });
}

/** The stage a node belongs to, for "add where the pointer is". */
function stageOfNode(node: JourneyNode): string | null {
  if (node.type === 'stage') return node.data.stage.id;
  if (node.type === 'touchpoint') return node.data.touchpoint.stageId;
  if (node.type === 'step') return node.data.step.stageId;
  return null;
}

/** The nodes with React Flow's overlay, keeping the objects that did not change (memoised cards skip rendering). */
function useStableNodes(nodes: JourneyNode[], overlay: FlowOverlay): JourneyNode[] {
  const [stable, setStable] = useState(() => ({ nodes, overlay, result: reconcileNodes([], nodes, overlay) }));
  if (stable.nodes === nodes && stable.overlay === overlay) return stable.result;
  // A drag frame changes only the dragged cards' positions: only they are looked at.
  const result =
    stable.nodes === nodes && stable.overlay.measured === overlay.measured
      ? reconcileDragged(stable.result, nodes, stable.overlay, overlay)
      : reconcileNodes(stable.result, nodes, overlay);
  setStable({ nodes, overlay, result });
  return result;
}

/**
 * The map. Nodes and edges are derived from the document and the editor's selection; React
 * Flow's clicks and box selection change that selection, and while a card is dragged its
 * position is React Flow's until the drop becomes one document change (one undo step).
 */
export function JourneyCanvas() {
  const { t } = useTranslation();
  const editor = useEditor();
  const run = useRun('canvas');
  // Local edits at once; an opening file, remote changes, undo and redo in the background.
  const { journey, caughtUp } = useDrawnJourney(editor);
  const selection = useView((s) => s.selection);
  const filter = useView((s) => s.filter);
  const showCurve = useView((s) => s.emotionCurve);
  const bands = useBandOptions();
  // Compare mode lays out the removed cards too, so their ghosts are drawn where they were.
  const ghosts = useCompareGhosts();
  const layout = useMemo(
    () =>
      layoutMap(
        ghosts === NO_COMPARE_GHOSTS
          ? journey
          : {
              ...journey,
              touchpoints: [...journey.touchpoints, ...ghosts.touchpoints],
              steps: [...journey.steps, ...ghosts.steps],
            },
      ),
    [journey, ghosts],
  );
  // The cards each flow's route and label keep clear of.
  const geometry = useFlowGeometryOf(layout);
  const selected = useMemo(() => new Set(selection), [selection]);
  // Made once per language and shared by thousands of nodes and flows (labelFormat.ts, cardWords.ts).
  const words = useMemo(
    () => ({
      card: cardWordsOf(t),
      stage: fillInOne(t, 'canvas.stage', 'name'),
      lane: fillInOne(t, 'lanes.header', 'name'),
      step: fillInOne(t, 'step.card', 'title'),
      touchpoint: fillInOne(t, 'canvas.touchpoint', 'title'),
      flow: fillIn(t, 'canvas.flow', ['from', 'to']),
    }),
    [t],
  );
  // Selection changes often (every click); it is applied in a cheap pass over nodes built without it.
  const unselectedNodes = useMemo(
    () => [
      ...buildNodes(journey, layout, {
        selected: NO_SELECTION,
        filter,
        channelName: (id) =>
          journey.channels?.find((c) => c.id === id)?.name ??
          t(`channel.${id}`, { defaultValue: BUILT_IN_CHANNELS.find((c) => c.id === id)?.name ?? id }),
        stageLabel: words.stage,
        laneLabel: words.lane,
        laneKindName: (kind) => t(`lanes.kind.${kind}`),
        lineLabel: (kind) => t(`lanes.line.${kind}`),
        stepLabel: words.step,
        stepUntitled: t('step.untitled'),
        touchpointLabel: words.touchpoint,
        cardWords: words.card,
        emotionCurve: showCurve ? t('canvas.emotionCurve') : null,
        bands,
      }),
      ...ghostNodes(ghosts, layout),
    ],
    [journey, layout, filter, t, showCurve, bands, words, ghosts],
  );
  const [overlay, setOverlay] = useState(EMPTY_OVERLAY);
  // A dropped card stays where it was dropped until the map has drawn the document with the drop.
  const [dropped, setDropped] = useState(false);
  if (dropped && caughtUp) {
    setDropped(false);
    setOverlay(endDrag);
  }
  const editingTitle = useView((s) => s.editingTitleId);
  const selectedNodes = useMemo(
    () => applySelection(unselectedNodes, selected, editingTitle),
    [unselectedNodes, selected, editingTitle],
  );
  const nodes = useStableNodes(selectedNodes, overlay);
  const builtEdges = useMemo(
    () => buildEdges(journey, selected, (from, to) => words.flow({ from, to })),
    [journey, selected, words],
  );
  // Only flows that changed are new objects: the others do not render again.
  const edges = useStable(builtEdges, reconcileEdges, undefined);
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);

  useViewportControls(editor, journey.id);
  // Below a readable zoom, cards show their title alone in large type (CSS: .canvas--overview).
  const overview = useStore((s) => s.transform[2] < READABLE_ZOOM);
  const connecting = useStore((s) => s.connection.inProgress);
  // A zoom-only boolean: panning never switches it (renderWhole.ts).
  const cardCount = journey.touchpoints.length;
  const renderWhole = useStore(
    useCallback(
      (s: ReactFlowState) => rendersWhole(cardCount, layout, { width: s.width, height: s.height }, s.transform[2]),
      [cardCount, layout],
    ),
  );

  const select = useCallback(
    (changes: readonly (NodeChange<JourneyNode> | EdgeChange<JourneyEdge>)[]) => {
      const selecting = changes.filter((c): c is SelectChange => c.type === 'select');
      if (selecting.length === 0) return;
      const current = editor.view.getState().selection;
      const next = applySelectChanges(editor.document.getState().journey, current, selecting);
      if (next !== current) editor.select(next);
    },
    [editor],
  );
  // Removal goes through the delete command (one undo step, connections too), never through React Flow.
  const onNodesChange = useCallback(
    (changes: NodeChange<JourneyNode>[]) => {
      select(changes);
      setOverlay((o) => applyOverlayChanges(o, changes));
    },
    [select],
  );
  const onEdgesChange = useCallback((changes: EdgeChange<JourneyEdge>[]) => select(changes), [select]);

  const onNodeDragStop = useCallback(
    (_: unknown, node: JourneyNode, dragged: JourneyNode[]) => {
      const currentLayout = layoutMap(editor.document.getState().journey);
      if (node.type === 'stage') {
        // A lane dropped between others takes the index its centre lands on.
        const centre = node.position.x + node.data.width / 2;
        const toIndex = currentLayout.lanes.filter(
          (l) => l.stageId !== node.data.stage.id && l.x + l.width / 2 < centre,
        ).length;
        if (toIndex !== node.data.index) void run('reorder-stage', { stageId: node.data.stage.id, toIndex });
      } else if (node.type === 'laneHeader') {
        // A lane header dropped between others takes the index its centre lands on.
        const centre = node.position.y + (node.height ?? 0) / 2;
        const toIndex = currentLayout.rows.filter(
          (r) => r.laneId !== node.data.lane.id && r.y + r.height / 2 < centre,
        ).length;
        if (toIndex !== node.data.index) void run('move-lane', { laneId: node.data.lane.id, toIndex });
      } else {
        // Cards dropped into another cell change stage and lane at once: one undo step for the whole drag.
        const moves: TouchpointMove[] = [];
        for (const n of dragged) {
          if (n.type !== 'touchpoint' && n.type !== 'step') continue;
          const target = dropTarget(currentLayout, n.position, n.type);
          if (target) moves.push({ id: n.id, ...target });
        }
        void run('move-touchpoints', { moves });
      }
      // The document has the dropped positions now (or refused them): nodes follow it once drawn.
      setDropped(true);
    },
    [editor, run],
  );

  const onConnect = useCallback(
    (c: FlowConnection) => void run('connect-touchpoints', { from: c.source, to: c.target }),
    [run],
  );
  // A flow dropped anywhere on a card (not only on its handle) connects to that card.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: Parameters<typeof dropOnCard>[1]) => {
      const flowEnds = dropOnCard(event, state);
      if (flowEnds) void run('connect-touchpoints', flowEnds);
    },
    [run],
  );
  const setHovered = useCallback(
    (hoveredStageId: string | null) => {
      if (editor.view.getState().hoveredStageId !== hoveredStageId) editor.view.getState().set({ hoveredStageId });
    },
    [editor],
  );
  const onNodeMouseEnter = useCallback((_: unknown, node: JourneyNode) => setHovered(stageOfNode(node)), [setHovered]);
  const onNodeMouseLeave = useCallback(() => setHovered(null), [setHovered]);
  const onNodeClick = useCallback(
    (_: unknown, node: JourneyNode) => {
      const stageId = stageOfNode(node);
      if (stageId) editor.view.getState().set({ activeStageId: stageId });
    },
    [editor],
  );
  const fit = useCallback(() => void run('fit-view'), [run]);

  return (
    <div
      className={`canvas${overview ? ' canvas--overview' : ''}${connecting ? ' canvas--connecting' : ''}`}
      aria-label={t('canvas.label')}
      role="region"
    >
      <FlowGeometryContext.Provider value={geometry}>
        <ReactFlow<JourneyNode, JourneyEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          defaultEdgeOptions={defaultEdgeOptions}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          connectionRadius={40}
          onNodeMouseEnter={onNodeMouseEnter}
          onNodeMouseLeave={onNodeMouseLeave}
          onNodeClick={onNodeClick}
          edgesFocusable={false}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode="Shift"
          selectionOnDrag
          panOnDrag={PAN_BUTTONS}
          panOnScroll
          snapToGrid
          snapGrid={SNAP_GRID}
          minZoom={0.05}
          maxZoom={2}
          onlyRenderVisibleElements={!renderWhole}
          ariaLabelConfig={ariaLabelConfig}
          proOptions={{ hideAttribution: true }}
        >
          {/* Below a readable zoom its dots are under a pixel wide, and it repaints on every pan frame. */}
          {!overview && <Background gap={16} />}
          <JourneyMiniMap nodes={unselectedNodes} ariaLabel={t('canvas.minimap')} />
          <CurveLegend />
          <CanvasLayer />
          <Controls showInteractive={false} showFitView={false}>
            <ControlButton onClick={fit} aria-label={t('command.fit-view')} title={t('command.fit-view')}>
              <FitIcon />
            </ControlButton>
          </Controls>
        </ReactFlow>
      </FlowGeometryContext.Provider>
      {caughtUp && journey.stages.length === 0 && (
        <div className="canvas__empty">
          <h2>{t('canvas.emptyTitle')}</h2>
          <p>{t('canvas.emptyBody')}</p>
        </div>
      )}
    </div>
  );
}

/** Four corners, as React Flow's own fit button draws them. */
function FitIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}
