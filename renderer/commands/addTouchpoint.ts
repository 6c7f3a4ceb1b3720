import { addTouchpoints } from '../../shared/edit/journeyEdits';
import { nextSlotInStage } from '../../shared/layout/mapLayout';
import { createTouchpoint } from '../../shared/model';
import type { Command, CommandContext } from './types';

/** The stage a new touchpoint goes to: the selected card's stage, else the last stage. */
function targetStage(ctx: CommandContext): string | undefined {
  const { journey, selection } = ctx.store.getState();
  const selected = journey.touchpoints.find((t) => selection.includes(t.id));
  return selected?.stageId ?? journey.stages[journey.stages.length - 1]?.id;
}

export const addTouchpoint: Command = {
  id: 'add-touchpoint',
  labelKey: 'command.add-touchpoint',
  history: 'record',
  isEnabled: (ctx) => ctx.store.getState().journey.stages.length > 0,
  perform(ctx) {
    const stageId = targetStage(ctx);
    if (!stageId) return;
    const { journey, applyEdit, setSelection } = ctx.store.getState();
    const count = journey.touchpoints.length + 1;
    const touchpoint = createTouchpoint(stageId, {
      title: `Touchpoint ${count}`,
      position: nextSlotInStage(journey, stageId),
    });
    applyEdit((j) => addTouchpoints(j, [touchpoint]));
    setSelection([touchpoint.id]);
  },
};
