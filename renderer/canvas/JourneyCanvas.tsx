import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type EdgeChange,
  type NodeChange,
  type NodeTypes,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { moveTouchpoints, type TouchpointMove } from '../../shared/edit/journeyEdits';
import { dropTarget, layoutMap } from '../../shared/layout/mapLayout';
import { useEditor, useEditorStoreApi } from '../store/EditorContext';
import type { ViewportControls } from '../commands/types';
import { buildEdges, buildNodes } from './buildFlow';
import type { JourneyEdge, JourneyNode } from './flowTypes';
import { StageLaneNode } from './StageLaneNode';
import { TouchpointNode } from './TouchpointNode';

const nodeTypes = { stage: StageLaneNode, touchpoint: TouchpointNode } satisfies NodeTypes;

/**
 * The map. Nodes are derived from the document; while a card is dragged React Flow moves it
 * locally, and only the drop becomes a document change, so a whole drag is one undo step.
 */
export function JourneyCanvas({ onViewport }: { onViewport(controls: ViewportControls | null): void }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const journey = useEditor((s) => s.journey);
  const selection = useEditor((s) => s.selection);
  const layout = useMemo(() => layoutMap(journey), [journey]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const baseNodes = useMemo(() => buildNodes(journey, layout, selected), [journey, layout, selected]);
  const baseEdges = useMemo(() => buildEdges(journey, selected), [journey, selected]);
  // React Flow owns positions while dragging; a new document state resets them (adjusting state during render).
  const [nodes, setNodes] = useState<JourneyNode[]>(baseNodes);
  const [edges, setEdges] = useState<JourneyEdge[]>(baseEdges);
  const [synced, setSynced] = useState({ baseNodes, baseEdges });
  if (synced.baseNodes !== baseNodes || synced.baseEdges !== baseEdges) {
    setSynced({ baseNodes, baseEdges });
    setNodes(baseNodes);
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
    (_: unknown, __: JourneyNode, dragged: JourneyNode[]) => {
      const state = store.getState();
      const currentLayout = layoutMap(state.journey);
      const moves: TouchpointMove[] = [];
      for (const node of dragged) {
        if (node.type !== 'touchpoint') continue;
        const target = dropTarget(currentLayout, node.position);
        if (target) moves.push({ id: node.id, ...target });
      }
      if (moves.length > 0) state.applyEdit((j) => moveTouchpoints(j, moves));
    },
    [store],
  );

  return (
    <div className="canvas" aria-label={t('canvas.label')} role="region">
      <ReactFlow<JourneyNode, JourneyEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStop={onNodeDragStop}
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
        minZoom={0.1}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={16} />
        <MiniMap pannable zoomable ariaLabel="Mini map" />
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
