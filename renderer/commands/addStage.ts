import { addStage as addStageEdit } from '../../shared/edit/journeyEdits';
import { createStage } from '../../shared/model';
import { defineCommand, edit } from './define';

export const addStage = defineCommand({
  id: 'add-stage',
  labelKey: 'command.add-stage',
  perform(ctx) {
    const { journey } = ctx;
    return edit(addStageEdit(journey, createStage({ name: `Stage ${journey.stages.length + 1}` })));
  },
});
