import { addStage as addStageEdit } from '../../shared/edit/journeyEdits';
import { createStage } from '../../shared/model';
import { defineCommand, edit } from './define';

/** Adds a stage at the end, opens its name for typing in its lane header and pans to it. */
export const addStage = defineCommand({
  id: 'add-stage',
  labelKey: 'command.add-stage',
  keys: ['s'],
  perform(ctx) {
    const { journey } = ctx;
    const stage = createStage({ name: ctx.t('newItem.stage', { number: journey.stages.length + 1 }) });
    return {
      ...edit(addStageEdit(journey, stage)),
      afterwards() {
        ctx.view.getState().set({ activeStageId: stage.id, renamingStageId: stage.id, editingTitleId: null });
        ctx.viewport.current?.reveal([`lane:${stage.id}`]);
      },
    };
  },
});
