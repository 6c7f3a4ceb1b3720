import { neighbourStage, removeStage } from '../../shared/edit/stageEdits';
import { targetStageId } from './targetStage';
import type { Command } from './types';

/** Deletes a stage; when it holds touchpoints the user chooses to move them to a neighbour or delete them. */
export const deleteStage: Command = {
  id: 'delete-stage',
  labelKey: 'command.delete-stage',
  history: 'record',
  async perform(ctx, args) {
    const stageId = targetStageId(ctx, args);
    if (!stageId) return;
    const { journey } = ctx.store.getState();
    const stage = journey.stages.find((s) => s.id === stageId)!;
    const count = journey.touchpoints.filter((t) => t.stageId === stageId).length;
    const neighbour = neighbourStage(journey, stageId);
    let fate: Parameters<typeof removeStage>[2] = { kind: 'delete' };
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
      if (answer === null) return;
      if (answer === 'move' && neighbour) fate = { kind: 'move', toStageId: neighbour };
    }
    ctx.store.getState().applyEdit((j) => removeStage(j, stageId, fate));
    if (ctx.view.getState().activeStageId === stageId) ctx.view.getState().set({ activeStageId: null });
  },
};
