import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection as FlowConnection,
  type EdgeChange,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { TouchpointMove } from '../../shared/edit/journeyEdits';
import { dropTarget, layoutMap } from '../../shared/layout/mapLayout';
import { BUILT_IN_CHANNELS } from '../../shared/model';
import { useDocument, useEditor, useRun, useView } from '../editor/EditorContext';
import { buildEdges, buildNodes } from './buildFlow';
import { flowAriaLabels } from './flowAriaLabels';
import {
  EMPTY_OVERLAY,
  applyOverlayChanges,
  applySelectChanges,
  endDrag,
  type FlowOverlay,
  type SelectChange,
} from './flowOverlay';
import { EmotionCurveNode } from './EmotionCurve';
import { FlowEdge } from './FlowEdge';
import type { JourneyEdge, JourneyNode } from './flowTypes';
import { reconcileNodes } from './reconcile';
import { StageLaneNode } from './StageLaneNode';
import { TouchpointNode } from './TouchpointNode';

const nodeTypes = {
  stage: StageLaneNode,
  touchpoint: TouchpointNode,
  emotionCurve: EmotionCurveNode,
} satisfies NodeTypes;
const edgeTypes = { flow: FlowEdge } satisfies EdgeTypes;
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };
const NO_SELECTION: ReadonlySet<string> = new Set();

function applySelection(nodes: JourneyNode[], selected: ReadonlySet<string>): JourneyNode[] {
  if (selected.size === 0) return nodes;
  return nodes.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n));
}

/** The nodes with React Flow's overlay, keeping the objects that did not change (memoised cards skip rendering). */
function useStableNodes(nodes: JourneyNode[], overlay: FlowOverlay): JourneyNode[] {
  const [stable, setStable] = useState(() => ({ nodes, overlay, result: reconcileNodes([], nodes, overlay) }));
  if (stable.nodes === nodes && stable.overlay === overlay) return stable.result;
  const result = reconcileNodes(stable.result, nodes, overlay);
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
  const journey = useDocument((s) => s.journey);
  const selection = useView((s) => s.selection);
  const filter = useView((s) => s.filter);
  const showCurve = useView((s) => s.emotionCurve);
  const layout = useMemo(() => layoutMap(journey), [journey]);
  const selected = useMemo(() => new Set(selection), [selection]);
  // Selection changes often (every click); it is applied in a cheap pass over nodes built without it.
  const unselectedNodes = useMemo(
    () =>
      buildNodes(journey, layout, {
        selected: NO_SELECTION,
        filter,
        channelName: (id) =>
          journey.channels?.find((c) => c.id === id)?.name ??
          t(`channel.${id}`, { defaultValue: BUILT_IN_CHANNELS.find((c) => c.id === id)?.name ?? id }),
        stageLabel: (name) => t('canvas.stage', { name }),
        touchpointLabel: (title) => t('canvas.touchpoint', { title }),
        emotionCurve: showCurve ? t('canvas.emotionCurve') : null,
      }),
    [journey, layout, filter, t, showCurve],
  );
  const [overlay, setOverlay] = useState(EMPTY_OVERLAY);
  const selectedNodes = useMemo(() => applySelection(unselectedNodes, selected), [unselectedNodes, selected]);
  const nodes = useStableNodes(selectedNodes, overlay);
  const edges = useMemo(
    () => buildEdges(journey, selected, (from, to) => t('canvas.flow', { from, to })),
    [journey, selected, t],
  );
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);

  const flow = useReactFlow();
  useEffect(
    () =>
      editor.attachViewport({
        fitView: () => void flow.fitView({ padding: 0.1, maxZoom: 1, duration: 200 }),
        zoomIn: () => void flow.zoomIn({ duration: 150 }),
        zoomOut: () => void flow.zoomOut({ duration: 150 }),
      }),
    [editor, flow],
  );

  // A newly opened or created document is shown whole once its cards have been measured.
  const documentId = journey.id;
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.1, maxZoom: 1 }));
    });
    return () => cancelAnimationFrame(frame);
  }, [documentId, flow]);

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
      } else {
        const moves: TouchpointMove[] = [];
        for (const n of dragged) {
          if (n.type !== 'touchpoint') continue;
          const target = dropTarget(currentLayout, n.position);
          if (target) moves.push({ id: n.id, ...target });
        }
        void run('move-touchpoints', { moves });
      }
      // The document has the dropped positions now (or refused them): nodes follow it again.
      setOverlay(endDrag);
    },
    [editor, run],
  );

  const onConnect = useCallback(
    (c: FlowConnection) => void run('connect-touchpoints', { from: c.source, to: c.target }),
    [run],
  );

  return (
    <div className="canvas" aria-label={t('canvas.label')} role="region">
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
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode="Shift"
        selectionOnDrag
        panOnDrag={[1, 2]}
        panOnScroll
        snapToGrid
        snapGrid={[8, 8]}
        fitView
        fitViewOptions={{ maxZoom: 1, padding: 0.1 }}
        minZoom={0.05}
        maxZoom={2}
        onlyRenderVisibleElements
        ariaLabelConfig={ariaLabelConfig}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={16} />
        <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} />
        <Controls showInteractive={false} />
      </ReactFlow>
      {journey.stages.length === 0 && (
        <div className="canvas__empty">
          <h2>{t('canvas.emptyTitle')}</h2>
          <p>{t('canvas.emptyBody')}</p>
        </div>
      )}
    </div>
  );
}
