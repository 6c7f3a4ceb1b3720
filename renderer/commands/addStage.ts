import { addStage as addStageEdit } from '../../shared/edit/journeyEdits';
import { createStage } from '../../shared/model';
import { defineCommand, edit } from './define';

export const addStage = defineCommand({
  id: 'add-stage',
  labelKey: 'command.add-stage',
  perform(ctx) {
    const { journey } = ctx;
    const name = ctx.t('newItem.stage', { number: journey.stages.length + 1 });
    return edit(addStageEdit(journey, createStage({ name })));
  },
});
