import type { CommandContext } from './types';

/** The stage a stage command acts on: named in args, else the active lane, else the selected card's stage. */
export function targetStageId(ctx: CommandContext, args: unknown): string | undefined {
  const named = (args as { stageId?: unknown } | undefined)?.stageId;
  const { journey, selection } = ctx.store.getState();
  const exists = (id: unknown): id is string => typeof id === 'string' && journey.stages.some((s) => s.id === id);
  if (exists(named)) return named;
  const active = ctx.view.getState().activeStageId;
  if (exists(active)) return active;
  return journey.touchpoints.find((t) => selection.includes(t.id))?.stageId;
}
