/** Stage-level edits: reorder, recolour, delete (moving or deleting its touchpoints). */
import { SIZES } from '../layout/tokens';
import type { Journey } from '../model/types';

export function moveStage(journey: Journey, stageId: string, toIndex: number): Journey {
  const from = journey.stages.findIndex((s) => s.id === stageId);
  const to = Math.max(0, Math.min(journey.stages.length - 1, toIndex));
  if (from < 0 || from === to) return journey;
  const stages = [...journey.stages];
  const [stage] = stages.splice(from, 1);
  stages.splice(to, 0, stage!);
  return { ...journey, stages };
}

/** The stage that inherits a deleted stage's cards: the previous one, else the next. */
export function neighbourStage(journey: Journey, stageId: string): string | undefined {
  const index = journey.stages.findIndex((s) => s.id === stageId);
  if (index < 0) return undefined;
  return (journey.stages[index - 1] ?? journey.stages[index + 1])?.id;
}

export type StageTouchpointFate = { kind: 'delete' } | { kind: 'move'; toStageId: string };

export function removeStage(journey: Journey, stageId: string, fate: StageTouchpointFate): Journey {
  const stages = journey.stages.filter((s) => s.id !== stageId);
  if (fate.kind === 'delete') {
    const gone = new Set(journey.touchpoints.filter((t) => t.stageId === stageId).map((t) => t.id));
    return {
      ...journey,
      stages,
      touchpoints: journey.touchpoints.filter((t) => !gone.has(t.id)),
      connections: journey.connections.filter((c) => !gone.has(c.from) && !gone.has(c.to)),
    };
  }
  // Moved cards keep their layout, placed below the cards already in the receiving lane.
  const below = journey.touchpoints
    .filter((t) => t.stageId === fate.toStageId)
    .reduce((max, t) => Math.max(max, t.position.y + SIZES.cardHeight + SIZES.cardGap), 0);
  const moving = journey.touchpoints.filter((t) => t.stageId === stageId);
  const top = moving.reduce((min, t) => Math.min(min, t.position.y), Infinity);
  return {
    ...journey,
    stages,
    touchpoints: journey.touchpoints.map((t) =>
      t.stageId === stageId
        ? {
            ...t,
            stageId: fate.toStageId,
            position: { ...t.position, y: below + (t.position.y - top) + (below === 0 ? SIZES.lanePadding : 0) },
          }
        : t,
    ),
  };
}
