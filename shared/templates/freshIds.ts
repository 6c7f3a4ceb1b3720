/** Gives a document new ids everywhere and rewires every reference to them. */
import { newId } from '../model/factory';
import type { Journey } from '../model/types';

export function withFreshIds(source: Journey, now: Date): Journey {
  const stageIds = new Map(source.stages.map((s) => [s.id, newId('stage')]));
  const touchpointIds = new Map(source.touchpoints.map((t) => [t.id, newId('tp')]));
  const channelIds = new Map((source.channels ?? []).map((c) => [c.id, newId('channel')]));
  // Inputs are validated documents, so every reference is in its map; `?? old` only keeps the types honest.
  const remap = (ids: Map<string, string>, old: string) => ids.get(old) ?? old;
  const at = now.toISOString();

  const journey: Journey = {
    ...source,
    id: newId('journey'),
    stages: source.stages.map((s) => ({ ...s, id: remap(stageIds, s.id) })),
    touchpoints: source.touchpoints.map((t) => ({
      ...t,
      id: remap(touchpointIds, t.id),
      stageId: remap(stageIds, t.stageId),
      channel: remap(channelIds, t.channel),
      painPoints: t.painPoints.map((p) => ({ ...p, id: newId('pain') })),
      opportunities: t.opportunities.map((o) => ({ ...o, id: newId('opp') })),
      metrics: t.metrics.map((m) => ({ ...m, id: newId('metric') })),
      position: { ...t.position },
    })),
    connections: source.connections.map((c) => ({
      ...c,
      id: newId('flow'),
      from: remap(touchpointIds, c.from),
      to: remap(touchpointIds, c.to),
    })),
    createdAt: at,
    updatedAt: at,
  };
  if (source.channels) journey.channels = source.channels.map((c) => ({ ...c, id: remap(channelIds, c.id) }));
  return journey;
}
