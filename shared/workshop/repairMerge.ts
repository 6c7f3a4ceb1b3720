/**
 * The repair of a journey that two valid changes made invalid when they met on two hosts
 * (docs/workshop.md "Several hosts"): a stage deleted on one while a card was added to it on the
 * other, a persona added on each past the limit, the same flow drawn on both. Each host computes
 * it from the merged document alone, so every host arrives at the same journey and their repairs,
 * made concurrently, merge into it. It only sets fields and removes items, never adds one (two
 * hosts adding the same item would make two).
 *
 * Nothing a participant made is dropped that can be kept: a card whose stage or lane is gone
 * moves to the first stage or the first lane of its kind; a rating for a persona that is gone,
 * a flow to a card that is gone, a repeated flow and personas or lanes past the limit are dropped.
 */
import { BUILT_IN_CHANNEL_IDS } from '../model/catalogues';
import { MAX_LANES, MAX_PERSONAS, TOUCHPOINT_LANE_KIND, validateJourneyV2, type JourneyV2 } from '../model/v2';

type Item = Record<string, unknown>;

const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);
const items = (value: unknown): Item[] | null =>
  Array.isArray(value) && value.every(isItem) ? (value as Item[]) : null;

/** The repaired journey, or null when the value is not one this repair can mend (the rules then stand). */
export function repairMergedJourney(value: unknown): JourneyV2 | null {
  if (!isItem(value)) return null;
  const lists = {
    personas: items(value.personas),
    stages: items(value.stages),
    lanes: items(value.lanes),
    touchpoints: items(value.touchpoints),
    steps: items(value.steps),
    connections: items(value.connections),
  };
  const channels = value.channels === undefined ? [] : items(value.channels);
  if (Object.values(lists).some((list) => list === null) || channels === null) return null;

  const personas = lists.personas!.slice(0, MAX_PERSONAS);
  const lanes = lists.lanes!.slice(0, MAX_LANES);
  const personaIds = new Set(personas.map((p) => p.id));
  const stageIds = new Set(lists.stages!.map((s) => s.id));
  const firstStage = lists.stages![0]?.id;
  const laneKinds = new Map(lanes.map((lane) => [lane.id, lane.kind]));
  const firstTouchpointLane = lanes.find((lane) => lane.kind === TOUCHPOINT_LANE_KIND)?.id;
  const firstStepLane = lanes.find((lane) => lane.kind !== TOUCHPOINT_LANE_KIND)?.id;
  const channelIds = new Set<unknown>([...BUILT_IN_CHANNEL_IDS, ...channels.map((c) => c.id)]);

  /** The card in its stage and a lane of its kind, or null when the map has no such place. */
  const placed = (card: Item, laneFits: (laneId: unknown) => boolean, fallbackLane: unknown): Item | null => {
    const stageId = stageIds.has(card.stageId) ? card.stageId : firstStage;
    const laneId = laneFits(card.laneId) ? card.laneId : fallbackLane;
    if (stageId === undefined || laneId === undefined) return null;
    return stageId === card.stageId && laneId === card.laneId ? card : { ...card, stageId, laneId };
  };
  const touchpoints = lists.touchpoints!.flatMap((tp): Item[] => {
    const card = placed(tp, (id) => laneKinds.get(id) === TOUCHPOINT_LANE_KIND, firstTouchpointLane);
    if (!card) return [];
    const emotions = isItem(card.emotions)
      ? Object.fromEntries(Object.entries(card.emotions).filter(([persona]) => personaIds.has(persona)))
      : card.emotions;
    const channel = channelIds.has(card.channel) ? card.channel : BUILT_IN_CHANNEL_IDS[0];
    return [{ ...card, emotions, channel }];
  });
  const steps = lists.steps!.flatMap((step) => {
    const card = placed(step, (id) => laneKinds.has(id) && laneKinds.get(id) !== TOUCHPOINT_LANE_KIND, firstStepLane);
    return card ? [card] : [];
  });
  const cardIds = new Set([...touchpoints, ...steps].map((card) => card.id));
  const pairs = new Set<string>();
  const connections = lists.connections!.filter(({ from, to }) => {
    const pair = JSON.stringify([from, to]);
    const keep = from !== to && cardIds.has(from) && cardIds.has(to) && !pairs.has(pair);
    pairs.add(pair);
    return keep;
  });

  const repaired = validateJourneyV2({ ...value, personas, lanes, touchpoints, steps, connections });
  return repaired.ok ? repaired.journey : null;
}
