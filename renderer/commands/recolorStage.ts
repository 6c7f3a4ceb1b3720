import { updateStage } from '../../shared/edit/journeyEdits';
import { defineTargetedCommand, edit } from './define';
import { targetStageId, type StageTarget } from './targetStage';

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** Sets a lane's colour; null restores the default. A value that is not a colour changes nothing. */
export const recolorStage = defineTargetedCommand({
  id: 'recolor-stage',
  labelKey: 'command.recolor-stage',
  perform(ctx, args: StageTarget & { color: string | null }) {
    const stageId = targetStageId(ctx, args.stageId);
    const { color } = args;
    if (!stageId || (color !== null && !HEX_COLOR.test(color))) return false;
    return edit(updateStage(ctx.journey, stageId, { color: color ?? undefined }));
  },
});
