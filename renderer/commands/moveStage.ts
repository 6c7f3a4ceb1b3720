import { moveStage } from '../../shared/edit/stageEdits';
import { defineCommand, defineTargetedCommand, edit } from './define';
import { targetStageId, type StageTarget } from './targetStage';
import type { CommandContext } from './types';

function shift(ctx: CommandContext, args: StageTarget | undefined, by: number) {
  const stageId = targetStageId(ctx, args?.stageId);
  if (!stageId) return false;
  const index = ctx.journey.stages.findIndex((s) => s.id === stageId);
  return edit(moveStage(ctx.journey, stageId, index + by));
}

export const moveStageLeft = defineCommand({
  id: 'move-stage-left',
  labelKey: 'command.move-stage-left',
  isEnabled: (ctx) => ctx.journey.stages.length > 1,
  perform: (ctx, args?: StageTarget) => shift(ctx, args, -1),
});

export const moveStageRight = defineCommand({
  id: 'move-stage-right',
  labelKey: 'command.move-stage-right',
  isEnabled: (ctx) => ctx.journey.stages.length > 1,
  perform: (ctx, args?: StageTarget) => shift(ctx, args, 1),
});

/** Drag-reorder of lanes: the stage and its new index. */
export const reorderStage = defineTargetedCommand({
  id: 'reorder-stage',
  labelKey: 'command.reorder-stage',
  perform: (ctx, args: { stageId: string; toIndex: number }) =>
    edit(moveStage(ctx.journey, args.stageId, args.toIndex)),
});
