/**
 * The baseline: React Flow with default nodes and nothing of ours; window.renderBare(n, boxes)
 * draws n nodes in a chain, each at its box (the editor's card rectangles for the same journey,
 * so both pages draw the same geometry), or in columns of 20 without boxes. The wheel pans, as
 * on the editor's canvas, so pan frames compare like with like.
 */
import { createRoot } from 'react-dom/client';
import { ReactFlow, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

declare global {
  interface Window {
    renderBare(count: number, boxes?: { x: number; y: number; width: number; height: number }[]): void;
  }
}

const root = createRoot(document.getElementById('root')!);
window.renderBare = (count, boxes) => {
  const perColumn = 20;
  const nodes: Node[] = Array.from({ length: count }, (_, i) => {
    const box = boxes?.[i];
    return {
      id: `n${i}`,
      position: box ? { x: box.x, y: box.y } : { x: Math.floor(i / perColumn) * 300, y: (i % perColumn) * 140 },
      ...(box ? { width: box.width, height: box.height } : {}),
      data: { label: `Node ${i + 1}` },
    };
  });
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i]!.id, target: n.id }));
  root.render(<ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView minZoom={0.05} panOnScroll />);
};
