/**
 * The baseline: React Flow with default nodes and nothing of ours; window.renderBare(n) draws n
 * nodes. The wheel pans, as on the editor's canvas, so pan frames compare like with like.
 */
import { createRoot } from 'react-dom/client';
import { ReactFlow, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

declare global {
  interface Window {
    renderBare(count: number): void;
  }
}

const root = createRoot(document.getElementById('root')!);
window.renderBare = (count: number) => {
  const perColumn = 20;
  const nodes: Node[] = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    position: { x: Math.floor(i / perColumn) * 300, y: (i % perColumn) * 140 },
    data: { label: `Node ${i + 1}` },
  }));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i]!.id, target: n.id }));
  root.render(<ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView minZoom={0.05} panOnScroll />);
};
