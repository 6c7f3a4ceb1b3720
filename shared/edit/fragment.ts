/**
 * Copy / paste / duplicate: a fragment is a self-contained piece of a journey (touchpoints,
 * the connections among them, the custom channels they use). Pasting gives every item new ids,
 * so it works within a document and across documents.
 */
import { z } from 'zod';
import { BUILT_IN_CHANNEL_IDS } from '../model/catalogues';
import { newItemId } from '../model/factory';
import { fileSchemaOf } from '../model/fileSchema';
import { parseJsonText } from '../model/jsonText';
import { channelSchema, connectionSchema, stageSchema, touchpointSchema, type IdRole } from '../model/schema';
import { mapIdFields } from '../model/schemaWalk';
import type { Connection, CustomChannel, Journey, Stage, Touchpoint } from '../model/types';

export const FRAGMENT_KIND = 'journey-studio/fragment';

export interface JourneyFragment {
  kind: typeof FRAGMENT_KIND;
  version: 1;
  touchpoints: Touchpoint[];
  connections: Connection[];
  channels: CustomChannel[];
  /** The copied cards' stages, so a paste into another document can recreate missing ones. */
  stages: Stage[];
}

export function extractFragment(journey: Journey, ids: ReadonlySet<string>): JourneyFragment | null {
  const touchpoints = journey.touchpoints.filter((t) => ids.has(t.id));
  if (touchpoints.length === 0) return null;
  const inside = new Set(touchpoints.map((t) => t.id));
  const usedChannels = new Set(touchpoints.map((t) => t.channel));
  const usedStages = new Set(touchpoints.map((t) => t.stageId));
  return {
    kind: FRAGMENT_KIND,
    version: 1,
    touchpoints,
    connections: journey.connections.filter((c) => inside.has(c.from) && inside.has(c.to)),
    channels: (journey.channels ?? []).filter((c) => usedChannels.has(c.id)),
    stages: journey.stages.filter((s) => usedStages.has(s.id)),
  };
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
  const idMap = new Map(fragment.touchpoints.map((t) => [t.id, newItemId('touchpoint')]));
  // Every id and reference field (read from the schema) is rewired: the cards get the ids above,
  // anything inside them (pain points, opportunities, metrics) and each connection a new one.
  const rewire = (role: IdRole, old: string): string => {
    if (role.role === 'item') return role.kind === 'touchpoint' ? (idMap.get(old) ?? old) : newItemId(role.kind);
    if (role.role !== 'reference') return old;
    if (role.to === 'stage') return stageMap.get(old) ?? defaultStage();
    if (role.to === 'channel') return BUILT_IN_CHANNEL_IDS.includes(old) ? old : (channelMap.get(old) ?? 'website');
    return idMap.get(old) ?? old;
  };
  const touchpoints = fragment.touchpoints.map((t) => {
    const pasted = mapIdFields(t, touchpointSchema, rewire);
    return {
      ...pasted,
      position: { ...pasted.position, x: t.position.x + options.offset.x, y: t.position.y + options.offset.y },
    };
  });
  const connections = fragment.connections.map((c) => mapIdFields(c, connectionSchema, rewire));
  const next: Journey = {
    ...journey,
    stages,
    touchpoints: [...journey.touchpoints, ...touchpoints],
    connections: [...journey.connections, ...connections],
  };
  if (channels.length > 0) next.channels = channels;
  return { journey: next, pastedIds: touchpoints.map((t) => t.id) };
}

/** Loose items, like a file: a card copied with fields from a newer tool keeps them through paste. */
const fragmentSchema = z.object({
  kind: z.literal(FRAGMENT_KIND),
  version: z.literal(1),
  touchpoints: z.array(fileSchemaOf(touchpointSchema)).min(1),
  connections: z.array(fileSchemaOf(connectionSchema)),
  channels: z.array(fileSchemaOf(channelSchema)),
  stages: z.array(fileSchemaOf(stageSchema)),
});

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
  const inside = new Set(fragment.touchpoints.map((t) => t.id));
  return { ...fragment, connections: fragment.connections.filter((c) => inside.has(c.from) && inside.has(c.to)) };
}
