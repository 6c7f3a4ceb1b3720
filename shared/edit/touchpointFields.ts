/**
 * Validated edits of a touchpoint's own fields (not its pain points, opportunities or metrics).
 * An edit that would break the file format (an emotion of 3, an unknown channel or stage) is
 * refused by returning the input journey, so an invalid value never reaches the document.
 */
import { BUILT_IN_CHANNEL_IDS } from '../model/catalogues';
import { fileSchemaOf } from '../model/fileSchema';
import type { Journey, Touchpoint } from '../model/types';
import { TOUCHPOINT_LANE_KIND, touchpointSchemaV2 } from '../model/v2/schema';
import { walkV2 } from '../model/v2/walk';
import { applyPatch, patchChangesNothing, type Patch } from './patch';

/** Loose, so a touchpoint carrying fields from a newer tool can still be edited. */
const touchpointFileSchema = fileSchemaOf(touchpointSchemaV2);

/** Every field of a touchpoint but its id and its annotation lists, from the schema's type. */
export type TouchpointFieldPatch = Patch<Touchpoint>;

/** The fields people type into (title, description, owner, notes), from the schema. */
export const TOUCHPOINT_TEXT_FIELDS: ReadonlySet<string> = new Set(walkV2.textFieldsOf(touchpointSchemaV2));

export function isKnownChannel(journey: Journey, channelId: string): boolean {
  return BUILT_IN_CHANNEL_IDS.includes(channelId) || (journey.channels ?? []).some((c) => c.id === channelId);
}

/** Sets the same fields on several touchpoints as one change; unknown ids are ignored. */
export function editTouchpoints(journey: Journey, ids: readonly string[], patch: TouchpointFieldPatch): Journey {
  if (patch.channel !== undefined && !isKnownChannel(journey, patch.channel)) return journey;
  if (patch.stageId !== undefined && !journey.stages.some((s) => s.id === patch.stageId)) return journey;
  // An emotion is a persona's: a rating by someone who is not a persona of the journey is refused.
  if (
    patch.emotions !== undefined &&
    !Object.keys(patch.emotions).every((id) => journey.personas.some((p) => p.id === id))
  )
    return journey;
  if (
    patch.laneId !== undefined &&
    !journey.lanes.some((l) => l.id === patch.laneId && l.kind === TOUCHPOINT_LANE_KIND)
  )
    return journey;
  const targets = new Set(ids);
  let changed = false;
  const touchpoints: Touchpoint[] = [];
  for (const touchpoint of journey.touchpoints) {
    if (!targets.has(touchpoint.id) || patchChangesNothing(touchpoint, patch)) {
      touchpoints.push(touchpoint);
      continue;
    }
    const next = applyPatch(touchpoint, patch);
    if (!touchpointFileSchema.safeParse(next).success) return journey;
    touchpoints.push(next);
    changed = true;
  }
  return changed ? { ...journey, touchpoints } : journey;
}

export function editTouchpoint(journey: Journey, id: string, patch: TouchpointFieldPatch): Journey {
  return editTouchpoints(journey, [id], patch);
}
