/**
 * Copy / paste / duplicate: a fragment is a self-contained piece of a journey (touchpoints and
 * steps, the connections among them, the custom channels, stages and lanes they use). Pasting
 * gives every item new ids, so it works within a document and across documents.
 */
import { z } from 'zod';
import { BUILT_IN_CHANNEL_IDS } from '../model/catalogues';
import { fileSchemaOf } from '../model/fileSchema';
import { parseJsonText } from '../model/jsonText';
import type { Connection, CustomChannel, Journey, Lane, Stage, Step, Touchpoint } from '../model/types';
import { newItemIdV2 as newItemId } from '../model/v2/factory';
import {
  channelSchemaV2,
  connectionSchemaV2,
  laneSchema,
  MAX_LANES,
  stageSchemaV2,
  stepSchema,
  TOUCHPOINT_LANE_KIND,
  touchpointSchemaV2,
  type IdRoleV2,
} from '../model/v2/schema';
import { walkV2 } from '../model/v2/walk';

export const FRAGMENT_KIND = 'journey-studio/fragment';

export interface JourneyFragment {
  kind: typeof FRAGMENT_KIND;
  /** 2 since format version 2 (cards in lanes, steps, emotions per persona). */
  version: 2;
  touchpoints: Touchpoint[];
  steps: Step[];
  connections: Connection[];
  channels: CustomChannel[];
  /** The copied cards' stages and lanes, so a paste into another document can recreate missing ones. */
  stages: Stage[];
  lanes: Lane[];
}

export function extractFragment(journey: Journey, ids: ReadonlySet<string>): JourneyFragment | null {
  const touchpoints = journey.touchpoints.filter((t) => ids.has(t.id));
  const steps = journey.steps.filter((s) => ids.has(s.id));
  if (touchpoints.length === 0 && steps.length === 0) return null;
  const inside = new Set([...touchpoints, ...steps].map((t) => t.id));
  const usedChannels = new Set(touchpoints.map((t) => t.channel));
  const usedStages = new Set([...touchpoints, ...steps].map((t) => t.stageId));
  const usedLanes = new Set([...touchpoints, ...steps].map((t) => t.laneId));
  return {
    kind: FRAGMENT_KIND,
    version: 2,
    touchpoints,
    steps,
    connections: journey.connections.filter((c) => inside.has(c.from) && inside.has(c.to)),
    channels: (journey.channels ?? []).filter((c) => usedChannels.has(c.id)),
    stages: journey.stages.filter((s) => usedStages.has(s.id)),
    lanes: journey.lanes.filter((l) => usedLanes.has(l.id)),
  };
}

/**
 * Where the fragment's lanes go in `lanes` (which it extends when it must): the same lane, else
 * the first lane of the same kind, else a copy of the lane (while there is room), else the first
 * lane that holds the same cards (touchpoints or steps).
 */
function laneMapFor(fragmentLanes: readonly Lane[], lanes: Lane[]): Map<string, string> {
  const map = new Map<string, string>();
  const holdsTouchpoints = (lane: Lane) => lane.kind === TOUCHPOINT_LANE_KIND;
  for (const lane of fragmentLanes) {
    const target =
      lanes.find((l) => l.id === lane.id && l.kind === lane.kind) ?? lanes.find((l) => l.kind === lane.kind);
    if (target) map.set(lane.id, target.id);
    else if (lanes.length < MAX_LANES) {
      const recreated = { ...lane, id: newItemId('lane') };
      lanes.push(recreated);
      map.set(lane.id, recreated.id);
    } else {
      const similar = lanes.find((l) => holdsTouchpoints(l) === holdsTouchpoints(lane));
      if (similar) map.set(lane.id, similar.id);
    }
  }
  return map;
}

export interface PasteOptions {
  /** Added to each pasted card's position (so a duplicate does not sit exactly on its original). */
  offset: { x: number; y: number };
  /** Where cards go whose stage is not in this journey; default: a stage recreated from the fragment. */
  fallbackStageId?: string;
  /** The name of a stage made for cards that have none to go to, in the UI language (`newItem.pastedStage`). */
  newStageName?: string;
}

/** Returns the new journey and the ids of the pasted touchpoints (to select them). */
export function pasteFragment(
  journey: Journey,
  fragment: JourneyFragment,
  options: PasteOptions,
): { journey: Journey; pastedIds: string[] } {
  const stageIds = new Set(journey.stages.map((s) => s.id));
  const stages = [...journey.stages];
  const stageMap = new Map<string, string>();
  for (const stage of fragment.stages) {
    if (stageIds.has(stage.id)) stageMap.set(stage.id, stage.id);
    else if (options.fallbackStageId) stageMap.set(stage.id, options.fallbackStageId);
    else {
      const recreated = { ...stage, id: newItemId('stage') };
      stages.push(recreated);
      stageMap.set(stage.id, recreated.id);
    }
  }
  const channels = [...(journey.channels ?? [])];
  const channelMap = new Map<string, string>();
  for (const channel of fragment.channels) {
    const same = channels.find((c) => c.id === channel.id) ?? channels.find((c) => c.name === channel.name);
    if (same) channelMap.set(channel.id, same.id);
    else {
      const added = { ...channel, id: newItemId('channel') };
      channels.push(added);
      channelMap.set(channel.id, added.id);
    }
  }
  // Cards whose stage is unknown (a hand-made or foreign fragment) go to the fallback, the first stage, or a new one.
  const defaultStage = () => {
    const id = options.fallbackStageId ?? stages[0]?.id;
    if (id) return id;
    const created = { id: newItemId('stage'), name: options.newStageName ?? '' };
    stages.push(created);
    return created.id;
  };
  const lanes = [...journey.lanes];
  const laneMap = laneMapFor(fragment.lanes, lanes);
  const firstLane = (touchpoint: boolean) => lanes.find((l) => (l.kind === TOUCHPOINT_LANE_KIND) === touchpoint)?.id;
  const personaIds = new Set(journey.personas.map((p) => p.id));
  const idMap = new Map(
    [
      ...fragment.touchpoints.map((t) => [t.id, 'touchpoint'] as const),
      ...fragment.steps.map((s) => [s.id, 'step'] as const),
    ].map(([id, kind]) => [id, newItemId(kind)]),
  );
  // Every id and reference field (read from the schema) is rewired: the cards get the ids above,
  // anything inside them (pain points, opportunities, metrics) and each connection a new one.
  const rewire = (role: IdRoleV2, old: string): string => {
    if (role.role === 'item')
      return role.kind === 'touchpoint' || role.kind === 'step' ? (idMap.get(old) ?? old) : newItemId(role.kind);
    if (role.role !== 'reference') return old;
    if (role.to === 'stage') return stageMap.get(old) ?? defaultStage();
    if (role.to === 'channel') return BUILT_IN_CHANNEL_IDS.includes(old) ? old : (channelMap.get(old) ?? 'website');
    if (role.to === 'lane') return laneMap.get(old) ?? old;
    return idMap.get(old) ?? old;
  };
  const moved = <T extends Touchpoint | Step>(original: T, pasted: T): T => ({
    ...pasted,
    position: {
      ...pasted.position,
      x: Math.max(0, original.position.x + options.offset.x),
      y: Math.max(0, original.position.y + options.offset.y),
    },
  });
  // Ratings by personas this journey does not have are left behind (an emotion key must be a persona).
  const touchpoints = fragment.touchpoints.flatMap((t) => {
    const pasted = walkV2.mapIdFields(t, touchpointSchemaV2, rewire);
    const laneId = laneMap.get(t.laneId) ?? firstLane(true);
    if (laneId === undefined) return [];
    const emotions = Object.fromEntries(Object.entries(pasted.emotions).filter(([id]) => personaIds.has(id)));
    return [{ ...moved(t, pasted), laneId, emotions }];
  });
  const steps = fragment.steps.flatMap((s) => {
    const pasted = walkV2.mapIdFields(s, stepSchema, rewire);
    const laneId = laneMap.get(s.laneId) ?? firstLane(false);
    return laneId === undefined ? [] : [{ ...moved(s, pasted), laneId }];
  });
  const pastedCards = new Set([...touchpoints, ...steps].map((c) => c.id));
  const connections = fragment.connections
    .map((c) => walkV2.mapIdFields(c, connectionSchemaV2, rewire))
    .filter((c) => pastedCards.has(c.from) && pastedCards.has(c.to));
  const next: Journey = {
    ...journey,
    stages,
    lanes,
    touchpoints: [...journey.touchpoints, ...touchpoints],
    steps: [...journey.steps, ...steps],
    connections: [...journey.connections, ...connections],
  };
  if (channels.length > 0) next.channels = channels;
  return { journey: next, pastedIds: [...touchpoints, ...steps].map((t) => t.id) };
}

/** Loose items, like a file: a card copied with fields from a newer tool keeps them through paste. */
const fragmentSchema = z
  .object({
    kind: z.literal(FRAGMENT_KIND),
    version: z.literal(2),
    touchpoints: z.array(fileSchemaOf(touchpointSchemaV2)),
    steps: z.array(fileSchemaOf(stepSchema)),
    connections: z.array(fileSchemaOf(connectionSchemaV2)),
    channels: z.array(fileSchemaOf(channelSchemaV2)),
    stages: z.array(fileSchemaOf(stageSchemaV2)),
    lanes: z.array(fileSchemaOf(laneSchema)),
  })
  .refine((f) => f.touchpoints.length + f.steps.length > 0);

/**
 * Reads a fragment from clipboard text; null for anything else (plain text, other apps' JSON).
 * Clipboard text is untrusted: it goes through the same safe parser and schemas as files.
 */
export function parseFragment(text: string): JourneyFragment | null {
  if (!text.includes(FRAGMENT_KIND)) return null;
  const parsed = parseJsonText(text);
  if (!parsed.ok) return null;
  const result = fragmentSchema.safeParse(parsed.value);
  if (!result.success) return null;
  const fragment = result.data as JourneyFragment;
  const inside = new Set([...fragment.touchpoints, ...fragment.steps].map((t) => t.id));
  return { ...fragment, connections: fragment.connections.filter((c) => inside.has(c.from) && inside.has(c.to)) };
}
