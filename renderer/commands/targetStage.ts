import type { CommandContext } from './types';

/** The stage a stage command acts on: the one named, else the active lane, else the selected card's stage. */
export function targetStageId(ctx: CommandContext, named?: string): string | undefined {
  const { journey, selection } = ctx;
  const exists = (id: string | null | undefined): id is string => !!id && journey.stages.some((s) => s.id === id);
  if (exists(named)) return named;
  const active = ctx.view.getState().activeStageId;
  if (exists(active)) return active;
  return journey.touchpoints.find((t) => selection.includes(t.id))?.stageId;
}

/** Arguments of the commands a lane's header runs on its own stage. */
export interface StageTarget {
  stageId?: string;
}
