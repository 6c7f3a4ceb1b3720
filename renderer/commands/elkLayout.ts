/**
 * Auto-layout with ELK (elkjs, layered algorithm): each stage's cards are laid out top to
 * bottom along the flows between them, so branches sit side by side inside the lane.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { TouchpointMove } from '../../shared/edit/journeyEdits';
import { orderTouchpoints } from '../../shared/layout/journeyOrder';
import { SIZES } from '../../shared/layout/tokens';
import type { Journey } from '../../shared/model';

const elk = new ELK();

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': String(SIZES.cardGap),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(SIZES.cardGap),
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': `[top=${SIZES.lanePadding},left=${SIZES.lanePadding},bottom=${SIZES.lanePadding},right=${SIZES.lanePadding}]`,
};

export async function autoLayoutMoves(journey: Journey): Promise<TouchpointMove[]> {
  const ordered = orderTouchpoints(journey);
  const moves: TouchpointMove[] = [];
  for (const stage of journey.stages) {
    const cards = ordered.filter((t) => t.stageId === stage.id);
    if (cards.length === 0) continue;
    const inStage = new Set(cards.map((t) => t.id));
    const graph: ElkNode = {
      id: stage.id,
      layoutOptions: LAYOUT_OPTIONS,
      children: cards.map((t) => ({ id: t.id, width: SIZES.cardWidth, height: SIZES.cardHeight })),
      edges: journey.connections
        .filter((c) => inStage.has(c.from) && inStage.has(c.to) && c.from !== c.to)
        .map((c) => ({ id: c.id, sources: [c.from], targets: [c.to] })),
    };
    const result = await elk.layout(graph);
    for (const child of result.children ?? []) {
      moves.push({
        id: child.id,
        stageId: stage.id,
        position: { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) },
      });
    }
  }
  return moves;
}
