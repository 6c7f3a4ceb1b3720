/**
 * Steps, the cards of the lanes that are not touchpoint lanes: "Add step" (toolbar, palette, a
 * lane's header, a double-click in an empty cell) and the inspector's edits of one step.
 */
import { nearestFreePosition } from '../../shared/layout/freePlace';
import { nextSlotInCell } from '../../shared/layout/mapLayout';
import { addSteps, editStep as editStepEdit, STEP_TEXT_FIELDS, type StepPatch } from '../../shared/edit/stepEdits';
import { TOUCHPOINT_LANE_KIND, createStep, type Position } from '../../shared/model';
import { STEP, defineCommand, defineTargetedCommand, edit, typedField, typing } from './define';
import { stageForNewCard } from './targetStage';
import type { CommandContext } from './types';

export interface AddStepTarget {
  stageId?: string;
  /** A lane that holds steps; else the selected step's, else the first such lane. */
  laneId?: string;
  /** Relative to the cell (a double-click in it); else below the cell's lowest card. */
  at?: Position;
}

function laneForNewStep(ctx: CommandContext, named?: string): string | undefined {
  const stepLanes = ctx.journey.lanes.filter((l) => l.kind !== TOUCHPOINT_LANE_KIND);
  if (named && stepLanes.some((l) => l.id === named)) return named;
  const selected = ctx.journey.steps.find((s) => ctx.selection.includes(s.id))?.laneId;
  return selected ?? stepLanes[0]?.id;
}

export const addStep = defineCommand({
  id: 'add-step',
  labelKey: 'command.add-step',
  isEnabled: (ctx) => ctx.journey.stages.length > 0,
  perform(ctx, target?: AddStepTarget) {
    const laneId = laneForNewStep(ctx, target?.laneId);
    if (!laneId) {
      ctx.notify('info', ctx.t('lanes.noStepLane'));
      return false;
    }
    const stageId = stageForNewCard(ctx, target?.stageId);
    if (!stageId) return false;
    const { journey } = ctx;
    const occupied = [...journey.touchpoints, ...journey.steps]
      .filter((c) => c.stageId === stageId && c.laneId === laneId)
      .map((c) => c.position);
    const step = createStep(stageId, laneId, {
      title: ctx.t('step.untitled'),
      position: target?.at ? nearestFreePosition(target.at, occupied) : nextSlotInCell(journey, stageId, laneId),
    });
    return {
      ...edit(addSteps(journey, [step]), STEP, [step.id]),
      afterwards() {
        ctx.viewport.current?.reveal([step.id]);
      },
    };
  },
});

/** Sets fields of one step: typing in a field is one undo step per pause; anything else one step. */
export const editStep = defineTargetedCommand({
  id: 'edit-step',
  perform(ctx, args: { stepId: string; patch: StepPatch }) {
    const field = typedField(args.patch, STEP_TEXT_FIELDS);
    return edit(editStepEdit(ctx.journey, args.stepId, args.patch), field ? typing(field, args.stepId) : STEP);
  },
});
