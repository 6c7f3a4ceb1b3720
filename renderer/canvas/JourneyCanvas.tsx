import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type Connection as FlowConnection,
  type EdgeChange,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { addConnection, moveTouchpoints, type TouchpointMove } from '../../shared/edit/journeyEdits';
import { dropTarget, layoutMap } from '../../shared/layout/mapLayout';
import { createConnection, BUILT_IN_CHANNELS } from '../../shared/model';
import type { Dispatcher } from '../commands/dispatcher';
import { keyName } from '../commands/dispatcher';
import type { ViewportControls } from '../commands/types';
import { useEditor, useEditorStoreApi } from '../store/EditorContext';
import { useView } from '../store/ViewContext';
import { buildEdges, buildNodes } from './buildFlow';
import { flowAriaLabels } from './flowAriaLabels';
import { DispatcherContext } from './CanvasContext';
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
const ARROWS = new Set(['arrowleft', 'arrowright', 'arrowup', 'arrowdown']);
const NO_SELECTION: ReadonlySet<string> = new Set();

function applySelection(nodes: JourneyNode[], selected: ReadonlySet<string>): JourneyNode[] {
  if (selected.size === 0) return nodes;
  return nodes.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n));
}

/**
 * The map. Nodes are derived from the document; while a card is dragged React Flow moves it
 * locally, and only the drop becomes a document change, so a whole drag is one undo step.
 */
export function JourneyCanvas({
  onViewport,
  dispatcher,
}: {
  onViewport(controls: ViewportControls | null): void;
  dispatcher: Dispatcher;
}) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const journey = useEditor((s) => s.journey);
  const selection = useEditor((s) => s.selection);
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
  const baseNodes = useMemo(() => applySelection(unselectedNodes, selected), [unselectedNodes, selected]);
  const baseEdges = useMemo(
    () => buildEdges(journey, selected, (from, to) => t('canvas.flow', { from, to })),
    [journey, selected, t],
  );
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);
  // React Flow owns positions while dragging; a new document state resets them (adjusting state during render).
  const [nodes, setNodes] = useState<JourneyNode[]>(baseNodes);
  const [edges, setEdges] = useState<JourneyEdge[]>(baseEdges);
  const [synced, setSynced] = useState({ baseNodes, baseEdges });
  if (synced.baseNodes !== baseNodes || synced.baseEdges !== baseEdges) {
    setSynced({ baseNodes, baseEdges });
    setNodes((prev) => reconcileNodes(prev, baseNodes));
    setEdges(baseEdges);
  }

  const flow = useReactFlow();
  useEffect(() => {
    onViewport({
      fitView: () => void flow.fitView({ padding: 0.1, maxZoom: 1, duration: 200 }),
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
    });
    return () => onViewport(null);
  }, [flow, onViewport]);

  // A newly opened or created document is shown whole once its cards have been measured.
  const documentId = journey.id;
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.1, maxZoom: 1 }));
    });
    return () => cancelAnimationFrame(frame);
  }, [documentId, flow]);

  const onNodesChange = useCallback((changes: NodeChange<JourneyNode>[]) => {
    // Removal goes through the delete command (one undo step, connections too), not React Flow.
    setNodes((ns) =>
      applyNodeChanges(
        changes.filter((c) => c.type !== 'remove'),
        ns,
      ),
    );
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange<JourneyEdge>[]) => {
    setEdges((es) =>
      applyEdgeChanges(
        changes.filter((c) => c.type !== 'remove'),
        es,
      ),
    );
  }, []);

  const onSelectionChange = useCallback(
    ({ nodes: ns, edges: es }: OnSelectionChangeParams) => {
      const ids = [...ns.filter((n) => n.type === 'touchpoint').map((n) => n.id), ...es.map((e) => e.id)];
      const current = store.getState().selection;
      if (ids.length !== current.length || ids.some((id, i) => id !== current[i])) store.getState().setSelection(ids);
    },
    [store],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, node: JourneyNode, dragged: JourneyNode[]) => {
      const state = store.getState();
      const currentLayout = layoutMap(state.journey);
      if (node.type === 'stage') {
        // A lane dropped between others takes the index its centre lands on.
        const centre = node.position.x + node.data.width / 2;
        const toIndex = currentLayout.lanes.filter(
          (l) => l.stageId !== node.data.stage.id && l.x + l.width / 2 < centre,
        ).length;
        if (toIndex !== node.data.index)
          void dispatcher.run('reorder-stage', 'toolbar', { stageId: node.data.stage.id, toIndex });
        else setNodes((prev) => reconcileNodes(prev, baseNodes));
        return;
      }
      const moves: TouchpointMove[] = [];
      for (const n of dragged) {
        if (n.type !== 'touchpoint') continue;
        const target = dropTarget(currentLayout, n.position);
        if (target) moves.push({ id: n.id, ...target });
      }
      if (moves.length > 0) state.applyEdit((j) => moveTouchpoints(j, moves));
    },
    [store, dispatcher, baseNodes],
  );

  const onConnect = useCallback(
    (c: FlowConnection) => {
      const { journey: j, applyEdit } = store.getState();
      if (!c.source || !c.target || c.source === c.target) return;
      if (j.connections.some((x) => x.from === c.source && x.to === c.target)) return;
      applyEdit((doc) => addConnection(doc, createConnection(c.source, c.target)));
    },
    [store],
  );

  // Arrow keys nudge through our command (one merged undo step), not React Flow's own node moving.
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      const name = keyName(event.nativeEvent).replace(/^shift\+/, '');
      if (
        !ARROWS.has(name) ||
        (event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')
      )
        return;
      event.stopPropagation();
      event.preventDefault();
      void dispatcher.run(`nudge-${name.slice(5)}`, 'shortcut', { big: event.shiftKey });
    },
    [dispatcher],
  );

  return (
    <DispatcherContext.Provider value={dispatcher}>
      <div className="canvas" aria-label={t('canvas.label')} role="region" onKeyDownCapture={onKeyDownCapture}>
        <ReactFlow<JourneyNode, JourneyEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          defaultEdgeOptions={defaultEdgeOptions}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onSelectionChange={onSelectionChange}
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
    </DispatcherContext.Provider>
  );
}
