/**
 * Auto-layout with ELK (elkjs, layered algorithm): each cell's cards (a stage in a lane) are
 * laid out top to bottom along the flows between them, so branches sit side by side in the cell. ELK runs
 * in a Web Worker of its own build (elkLayout.worker.ts), started for each auto-layout: the
 * window never loads its 1.6 MB at start and a large layout never blocks the UI thread.
 */
import ELK, { type ELK as ElkEngine, type ElkNode } from 'elkjs/lib/elk-api.js';
import type { TouchpointMove } from '../../shared/edit/journeyEdits';
import { orderCardsV2 } from '../../shared/model/v2/order';
import { SIZES } from '../../shared/layout/tokens';
import type { Journey } from '../../shared/model';

/** The URL form lets Vite build the worker as its own file, which the CSP's worker-src 'self' allows. */
const startWorker = () =>
  new Worker(new URL('./elkLayout.worker.ts', import.meta.url), { type: 'module', name: 'elk-layout' });

/**
 * A fresh worker for each auto-layout, closed when it is done: nothing of the window lives at
 * module level, and ELK's memory goes back as soon as the cards have moved. `failed` rejects
 * if the worker cannot load or crashes, where elk-api itself would wait for ever.
 */
function startEngine(): { elk: ElkEngine; failed: Promise<never>; stop(): void } {
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  let worker: Worker | null = null;
  const elk = new ELK({
    workerFactory: () => {
      worker = startWorker();
      worker.addEventListener('error', (event) =>
        fail(new Error(`the layout engine stopped (${event.message || 'worker error'})`)),
      );
      return worker;
    },
  });
  return { elk, failed, stop: () => worker?.terminate() };
}

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': String(SIZES.cardGap),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(SIZES.cardGap),
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': `[top=${SIZES.lanePadding},left=${SIZES.lanePadding},bottom=${SIZES.lanePadding},right=${SIZES.lanePadding}]`,
};

export async function autoLayoutMoves(journey: Journey): Promise<TouchpointMove[]> {
  const ordered = orderCardsV2(journey).map((c) => c.card);
  const graphs: ElkNode[] = [];
  // One graph per cell, its id the cell's stage and lane (JSON: no separator can make two alike).
  const cells = new Map<string, typeof ordered>();
  for (const card of ordered) {
    const key = JSON.stringify([card.stageId, card.laneId]);
    cells.set(key, [...(cells.get(key) ?? []), card]);
  }
  for (const [cell, cards] of cells) {
    const inStage = new Set(cards.map((t) => t.id));
    graphs.push({
      id: cell,
      layoutOptions: LAYOUT_OPTIONS,
      children: cards.map((t) => ({ id: t.id, width: SIZES.cardWidth, height: SIZES.cardHeight })),
      edges: journey.connections
        .filter((c) => inStage.has(c.from) && inStage.has(c.to) && c.from !== c.to)
        .map((c) => ({ id: c.id, sources: [c.from], targets: [c.to] })),
    });
  }
  if (graphs.length === 0) return [];
  const { elk, failed, stop } = startEngine();
  let results;
  try {
    // Every stage is posted at once: the worker lays them out one after another without round trips.
    results = await Promise.race([Promise.all(graphs.map((graph) => elk.layout(graph))), failed]);
  } finally {
    stop();
  }
  return results.flatMap((result) => {
    const [stageId, laneId] = JSON.parse(result.id) as [string, string];
    return (result.children ?? []).map((child) => ({
      id: child.id,
      stageId,
      laneId,
      position: { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) },
    }));
  });
}
