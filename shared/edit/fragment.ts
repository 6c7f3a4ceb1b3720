/**
 * Copy / paste / duplicate: a fragment is a self-contained piece of a journey (touchpoints,
 * the connections among them, the custom channels they use). Pasting gives every item new ids,
 * so it works within a document and across documents.
 */
import { z } from 'zod';
import { newId } from '../model/factory';
import { parseJsonText } from '../model/jsonText';
import { channelSchema, connectionSchema, stageSchema, touchpointSchema } from '../model/schema';
import { BUILT_IN_CHANNEL_IDS } from '../model/catalogues';
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
      const recreated = { ...stage, id: newId('stage') };
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
      const added = { ...channel, id: newId('channel') };
      channels.push(added);
      channelMap.set(channel.id, added.id);
    }
  }
  // Cards whose stage is unknown (a hand-made or foreign fragment) go to the fallback, the first stage, or a new one.
  const defaultStage = () => {
    const id = options.fallbackStageId ?? stages[0]?.id;
    if (id) return id;
    const created = { id: newId('stage'), name: 'Pasted' };
    stages.push(created);
    return created.id;
  };
  const idMap = new Map(fragment.touchpoints.map((t) => [t.id, newId('tp')]));
  const touchpoints = fragment.touchpoints.map((t) => {
    const channel = BUILT_IN_CHANNEL_IDS.includes(t.channel) ? t.channel : (channelMap.get(t.channel) ?? 'website');
    return {
      ...t,
      id: idMap.get(t.id)!,
      stageId: stageMap.get(t.stageId) ?? defaultStage(),
      channel,
      position: { ...t.position, x: t.position.x + options.offset.x, y: t.position.y + options.offset.y },
      painPoints: t.painPoints.map((p) => ({ ...p, id: newId('pain') })),
      opportunities: t.opportunities.map((o) => ({ ...o, id: newId('opp') })),
      metrics: t.metrics.map((m) => ({ ...m, id: newId('metric') })),
    };
  });
  const connections = fragment.connections.map((c) => ({
    ...c,
    id: newId('flow'),
    from: idMap.get(c.from)!,
    to: idMap.get(c.to)!,
  }));
  const next: Journey = {
    ...journey,
    stages,
    touchpoints: [...journey.touchpoints, ...touchpoints],
    connections: [...journey.connections, ...connections],
  };
  if (channels.length > 0) next.channels = channels;
  return { journey: next, pastedIds: touchpoints.map((t) => t.id) };
}

const fragmentSchema = z.object({
  kind: z.literal(FRAGMENT_KIND),
  version: z.literal(1),
  touchpoints: z.array(touchpointSchema).min(1),
  connections: z.array(connectionSchema),
  channels: z.array(channelSchema),
  stages: z.array(stageSchema),
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
