/**
 * Journey order of touchpoints: stage by stage as the stages are listed, and inside a
 * stage in reading order on the map (top to bottom, then left to right), ties kept in
 * file order. Reports rank by it and the emotion curve follows it.
 */
import type { Journey, Touchpoint } from '../model/types';

export function orderTouchpoints(journey: Journey): Touchpoint[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  return journey.touchpoints
    .map((tp, fileIndex) => ({ tp, fileIndex, stage: stageIndex.get(tp.stageId) ?? journey.stages.length }))
    .sort(
      (a, b) =>
        a.stage - b.stage ||
        a.tp.position.y - b.tp.position.y ||
        a.tp.position.x - b.tp.position.x ||
        a.fileIndex - b.fileIndex,
    )
    .map((entry) => entry.tp);
}
