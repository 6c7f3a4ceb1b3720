import { addStage as addStageEdit } from '../../shared/edit/journeyEdits';
import { createStage } from '../../shared/model';
import type { Command } from './types';

export const addStage: Command = {
  id: 'add-stage',
  labelKey: 'command.add-stage',
  history: 'record',
  perform(ctx) {
    const { journey, applyEdit } = ctx.store.getState();
    const stage = createStage({ name: `Stage ${journey.stages.length + 1}` });
    applyEdit((j) => addStageEdit(j, stage));
  },
};
