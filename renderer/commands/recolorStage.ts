import { updateStage } from '../../shared/edit/journeyEdits';
import { targetStageId } from './targetStage';
import type { Command } from './types';

/** Sets a lane's colour; args: { stageId?, color: '#rrggbb' | null } (null restores the default). */
export const recolorStage: Command = {
  id: 'recolor-stage',
  labelKey: 'command.recolor-stage',
  history: 'record',
  perform(ctx, args) {
    const stageId = targetStageId(ctx, args);
    const color = (args as { color?: unknown } | undefined)?.color;
    if (!stageId || (color !== null && (typeof color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(color)))) return;
    ctx.store.getState().applyEdit((j) => updateStage(j, stageId, { color: color ?? undefined }));
  },
};
