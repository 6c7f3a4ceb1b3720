import { moveStage } from '../../shared/edit/stageEdits';
import { targetStageId } from './targetStage';
import type { Command, CommandContext } from './types';

function shift(ctx: CommandContext, args: unknown, by: number) {
  const stageId = targetStageId(ctx, args);
  if (!stageId) return;
  const { journey, applyEdit } = ctx.store.getState();
  const index = journey.stages.findIndex((s) => s.id === stageId);
  applyEdit((j) => moveStage(j, stageId, index + by));
}

export const moveStageLeft: Command = {
  id: 'move-stage-left',
  labelKey: 'command.move-stage-left',
  history: 'record',
  isEnabled: (ctx) => ctx.store.getState().journey.stages.length > 1,
  perform: (ctx, args) => shift(ctx, args, -1),
};

export const moveStageRight: Command = {
  id: 'move-stage-right',
  labelKey: 'command.move-stage-right',
  history: 'record',
  isEnabled: (ctx) => ctx.store.getState().journey.stages.length > 1,
  perform: (ctx, args) => shift(ctx, args, 1),
};

/** Drag-reorder of lanes: args name the stage and its new index. */
export const reorderStage: Command = {
  id: 'reorder-stage',
  labelKey: 'command.reorder-stage',
  history: 'record',
  perform(ctx, args) {
    const { stageId, toIndex } = (args ?? {}) as { stageId?: string; toIndex?: number };
    if (typeof stageId !== 'string' || typeof toIndex !== 'number') return;
    ctx.store.getState().applyEdit((j) => moveStage(j, stageId, toIndex));
  },
};
