import { addTouchpoints } from '../../shared/edit/journeyEdits';
import { nextSlotInStage } from '../../shared/layout/mapLayout';
import { createTouchpoint } from '../../shared/model';
import { STEP, defineCommand, edit } from './define';
import type { CommandContext } from './types';

/** The stage a new touchpoint goes to: the selected card's stage, else the last stage. */
function targetStage(ctx: CommandContext): string | undefined {
  const { journey, selection } = ctx;
  const selected = journey.touchpoints.find((t) => selection.includes(t.id));
  return selected?.stageId ?? journey.stages[journey.stages.length - 1]?.id;
}

/** Adds a card below the last one of its stage and selects it. */
export const addTouchpoint = defineCommand({
  id: 'add-touchpoint',
  labelKey: 'command.add-touchpoint',
  isEnabled: (ctx) => ctx.journey.stages.length > 0,
  perform(ctx) {
    const stageId = targetStage(ctx);
    if (!stageId) return false;
    const { journey } = ctx;
    const touchpoint = createTouchpoint(stageId, {
      title: ctx.t('newItem.touchpoint', { number: journey.touchpoints.length + 1 }),
      position: nextSlotInStage(journey, stageId),
    });
    return edit(addTouchpoints(journey, [touchpoint]), STEP, [touchpoint.id]);
  },
});
