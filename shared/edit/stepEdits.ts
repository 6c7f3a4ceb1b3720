/**
 * Pure edits of steps, the cards of the lanes that are not touchpoint lanes (customer actions,
 * thoughts, frontstage and backstage actions, support processes, evidence, notes). An edit the
 * format forbids (a step into a touchpoint lane, an unknown stage) is refused by returning the
 * input journey.
 */
import type { Journey, Step } from '../model/types';
import { TOUCHPOINT_LANE_KIND, stepSchema } from '../model/v2/schema';
import { walkV2 } from '../model/v2/walk';
import { applyPatch, patchChangesNothing, type Patch } from './patch';

/** Every field of a step but its id. */
export type StepPatch = Patch<Step>;

/** The fields people type into (title, description, owner), from the schema. */
export const STEP_TEXT_FIELDS: ReadonlySet<string> = new Set(walkV2.textFieldsOf(stepSchema));

const isStepLane = (journey: Journey, laneId: string) =>
  journey.lanes.some((l) => l.id === laneId && l.kind !== TOUCHPOINT_LANE_KIND);

export function addSteps(journey: Journey, steps: readonly Step[]): Journey {
  if (!steps.every((s) => isStepLane(journey, s.laneId) && journey.stages.some((st) => st.id === s.stageId)))
    return journey;
  return { ...journey, steps: [...journey.steps, ...steps] };
}

export function editStep(journey: Journey, stepId: string, patch: StepPatch): Journey {
  if (patch.laneId !== undefined && !isStepLane(journey, patch.laneId)) return journey;
  if (patch.stageId !== undefined && !journey.stages.some((s) => s.id === patch.stageId)) return journey;
  if (patch.title === undefined && 'title' in patch) return journey;
  let changed = false;
  const steps = journey.steps.map((step) => {
    if (step.id !== stepId || patchChangesNothing(step, patch)) return step;
    changed = true;
    return applyPatch(step, patch);
  });
  return changed ? { ...journey, steps } : journey;
}
