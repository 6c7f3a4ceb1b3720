/**
 * The order of the map's nodes, which is their order in the page and so the Tab order: each
 * stage's lane (one Tab stop: its header, with roving focus inside) followed by that stage's
 * cards in journey order (top to bottom, then left to right), stage after stage.
 */
import { orderTouchpoints } from '../../shared/layout/journeyOrder';
import type { Journey } from '../../shared/model';

export const laneNodeId = (stageId: string) => `lane:${stageId}`;

export function journeyTabOrder(journey: Journey): string[] {
  const byStage = new Map<string, string[]>();
  for (const tp of orderTouchpoints(journey)) {
    const list = byStage.get(tp.stageId) ?? [];
    list.push(tp.id);
    byStage.set(tp.stageId, list);
  }
  return journey.stages.flatMap((stage) => [laneNodeId(stage.id), ...(byStage.get(stage.id) ?? [])]);
}
