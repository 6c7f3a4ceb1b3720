import type { CommandContext } from './types';

/**
 * The stage a stage command acts on: the one named, else the active lane (last clicked), else
 * the selected card's stage.
 */
export function targetStageId(ctx: CommandContext, named?: string): string | undefined {
  const { journey, selection } = ctx;
  const exists = (id: string | null | undefined): id is string => !!id && journey.stages.some((s) => s.id === id);
  if (exists(named)) return named;
  const active = ctx.view.getState().activeStageId;
  if (exists(active)) return active;
  return [...journey.touchpoints, ...journey.steps].find((t) => selection.includes(t.id))?.stageId;
}

/**
 * The stage a new card goes to: the one named, else the stage under the pointer, else the
 * selected card's, else the lane last clicked (a click on a lane's background clears the
 * selection, so whichever was clicked last wins), else the last stage.
 */
export function stageForNewCard(ctx: CommandContext, named?: string): string | undefined {
  const { journey, selection } = ctx;
  const exists = (id: string | null | undefined): id is string => !!id && journey.stages.some((s) => s.id === id);
  if (exists(named)) return named;
  const { hoveredStageId, activeStageId } = ctx.view.getState();
  if (exists(hoveredStageId)) return hoveredStageId;
  const selected = [...journey.touchpoints, ...journey.steps].find((t) => selection.includes(t.id))?.stageId;
  if (exists(selected)) return selected;
  if (exists(activeStageId)) return activeStageId;
  return journey.stages[journey.stages.length - 1]?.id;
}

/** Arguments of the commands a lane's header runs on its own stage. */
export interface StageTarget {
  stageId?: string;
}
