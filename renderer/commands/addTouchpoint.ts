import { addTouchpoints } from '../../shared/edit/journeyEdits';
import { nearestFreePosition } from '../../shared/layout/freePlace';
import { nextSlotInStage } from '../../shared/layout/mapLayout';
import { TOUCHPOINT_LANE_KIND, createTouchpoint, type Position } from '../../shared/model';
import { STEP, defineCommand, edit } from './define';
import { stageForNewCard } from './targetStage';

/** Where a card is added: a stage (else the one under the pointer, last clicked, selected, or the last) and a place in it. */
export interface AddTouchpointTarget {
  stageId?: string;
  /** Relative to the stage's lane body (a double-click in the lane); else below the stage's lowest card. */
  at?: Position;
}

/**
 * Adds a card, selects it and opens its title for typing on the map, so a card is one key
 * press plus its title; the map pans to show it.
 */
export const addTouchpoint = defineCommand({
  id: 'add-touchpoint',
  labelKey: 'command.add-touchpoint',
  keys: ['n'],
  isEnabled: (ctx) => ctx.journey.stages.length > 0,
  perform(ctx, target?: AddTouchpointTarget) {
    const stageId = stageForNewCard(ctx, target?.stageId);
    if (!stageId) return false;
    const { journey } = ctx;
    const occupied = journey.touchpoints.filter((t) => t.stageId === stageId).map((t) => t.position);
    // Until lanes are targeted, a new card goes into the first touchpoint lane.
    const laneId = journey.lanes.find((l) => l.kind === TOUCHPOINT_LANE_KIND)?.id;
    if (!laneId) return false;
    const touchpoint = createTouchpoint(stageId, laneId, {
      title: ctx.t('newItem.touchpoint', { number: journey.touchpoints.length + 1 }),
      position: target?.at ? nearestFreePosition(target.at, occupied) : nextSlotInStage(journey, stageId),
    });
    return {
      ...edit(addTouchpoints(journey, [touchpoint]), STEP, [touchpoint.id]),
      afterwards() {
        ctx.view.getState().set({ editingTitleId: touchpoint.id });
        ctx.viewport.current?.reveal([touchpoint.id]);
      },
    };
  },
});
