import { addTouchpoints } from '../../shared/edit/journeyEdits';
import { nearestFreePosition } from '../../shared/layout/freePlace';
import { firstTouchpointLane, nextSlotInCell } from '../../shared/layout/mapLayout';
import { TOUCHPOINT_LANE_KIND, createTouchpoint, type Position } from '../../shared/model';
import { STEP, defineCommand, edit } from './define';
import { stageForNewCard } from './targetStage';

/** Where a card is added: a stage (else the one under the pointer, last clicked, selected, or the last) and a place in it. */
export interface AddTouchpointTarget {
  stageId?: string;
  /** A touchpoint lane; else the selected card's, else the first touchpoint lane. */
  laneId?: string;
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
    const isTouchpointLane = (id: string | undefined) =>
      journey.lanes.some((l) => l.id === id && l.kind === TOUCHPOINT_LANE_KIND);
    const selectedLane = journey.touchpoints.find((t) => ctx.selection.includes(t.id))?.laneId;
    const laneId = [target?.laneId, selectedLane, firstTouchpointLane(journey)?.id].find(isTouchpointLane);
    if (!laneId) return false;
    const occupied = [...journey.touchpoints, ...journey.steps]
      .filter((t) => t.stageId === stageId && t.laneId === laneId)
      .map((t) => t.position);
    const touchpoint = createTouchpoint(stageId, laneId, {
      title: ctx.t('newItem.touchpoint', { number: journey.touchpoints.length + 1 }),
      position: target?.at ? nearestFreePosition(target.at, occupied) : nextSlotInCell(journey, stageId, laneId),
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
