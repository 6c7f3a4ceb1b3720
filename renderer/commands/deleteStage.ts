import { neighbourStage, removeStage, type StageTouchpointFate } from '../../shared/edit/stageEdits';
import { defineCommand, edit } from './define';
import { targetStageId, type StageTarget } from './targetStage';
import type { CommandOutcome } from './types';

/** Deletes a stage; when it holds touchpoints the user chooses to move them to a neighbour or delete them. */
export const deleteStage = defineCommand({
  id: 'delete-stage',
  labelKey: 'command.delete-stage',
  async perform(ctx, args?: StageTarget): Promise<CommandOutcome> {
    const stageId = targetStageId(ctx, args?.stageId);
    if (!stageId) return false;
    const { journey } = ctx;
    const stage = journey.stages.find((s) => s.id === stageId)!;
    const count = journey.touchpoints.filter((t) => t.stageId === stageId).length;
    const neighbour = neighbourStage(journey, stageId);
    let fate: StageTouchpointFate = { kind: 'delete' };
    if (count > 0) {
      const neighbourName = journey.stages.find((s) => s.id === neighbour)?.name ?? '';
      const options = [
        ...(neighbour ? [{ id: 'move', label: ctx.t('stage.moveCardsTo', { name: neighbourName }) }] : []),
        { id: 'delete', label: ctx.t('stage.deleteCards', { count }), danger: true },
      ];
      const answer = await ctx.choices.choose(
        ctx.t('stage.deleteTitle', { name: stage.name }),
        ctx.t('stage.deleteBody', { count }),
        options,
      );
      if (answer === null) return false;
      if (answer === 'move' && neighbour) fate = { kind: 'move', toStageId: neighbour };
    }
    if (ctx.view.getState().activeStageId === stageId) ctx.view.getState().set({ activeStageId: null });
    // Applied to the document as it is once the user has answered.
    return edit((current) => removeStage(current, stageId, fate));
  },
});
