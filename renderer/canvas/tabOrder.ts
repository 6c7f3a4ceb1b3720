/**
 * The order of the map's nodes, which is their order in the page and so the Tab order: each
 * stage's column (one Tab stop: its header, with roving focus inside) followed by that stage's
 * cards in journey order (lane by lane, then top to bottom, then left to right), stage after
 * stage; touchpoints and steps alike.
 */
import type { Journey } from '../../shared/model';
import { orderCardsV2 } from '../../shared/model/v2/order';

export const laneNodeId = (stageId: string) => `lane:${stageId}`;
/** A lane's (row's) header node, left of the first stage. */
export const laneHeaderNodeId = (laneId: string) => `row:${laneId}`;

export function journeyTabOrder(journey: Journey): string[] {
  const byStage = new Map<string, string[]>();
  for (const { card: tp } of orderCardsV2(journey)) {
    const list = byStage.get(tp.stageId) ?? [];
    list.push(tp.id);
    byStage.set(tp.stageId, list);
  }
  return journey.stages.flatMap((stage) => [laneNodeId(stage.id), ...(byStage.get(stage.id) ?? [])]);
}
