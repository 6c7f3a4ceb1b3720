/**
 * Pure edits of the lanes (the map's rows): add, rename, choose the kind, move, delete. Each
 * returns a new journey; an edit the format forbids is refused with the reason, so the editor
 * can say why: a lane of touchpoints cannot become a lane of steps while it holds touchpoints
 * (nor the reverse), the last touchpoint lane cannot go, and a journey has at most 20 lanes.
 */
import { placeWithoutOverlap } from '../layout/freePlace';
import type { Journey, Lane } from '../model/types';
import { MAX_LANES, TOUCHPOINT_LANE_KIND, type LaneKind } from '../model/v2/schema';

export type LaneRefusal =
  /** The kind change would leave touchpoints in a lane of steps. */
  | 'holds-touchpoints'
  /** The kind change would leave steps in a lane of touchpoints. */
  | 'holds-steps'
  /** The journey needs one lane of touchpoints. */
  | 'last-touchpoint-lane'
  /** At most MAX_LANES lanes. */
  | 'too-many-lanes'
  /** Cards may only move to a lane that holds their kind. */
  | 'incompatible-lane'
  | 'unknown-lane';

export type LaneEditResult = { ok: true; journey: Journey } | { ok: false; reason: LaneRefusal };

const holdsTouchpoints = (kind: LaneKind) => kind === TOUCHPOINT_LANE_KIND;
const refuse = (reason: LaneRefusal): LaneEditResult => ({ ok: false, reason });

/** Inserts `lane` at `index` (default: the bottom). */
export function addLane(journey: Journey, lane: Lane, index = journey.lanes.length): LaneEditResult {
  if (journey.lanes.length >= MAX_LANES) return refuse('too-many-lanes');
  const lanes = [...journey.lanes];
  lanes.splice(Math.max(0, Math.min(index, lanes.length)), 0, lane);
  return { ok: true, journey: { ...journey, lanes } };
}

export function renameLane(journey: Journey, laneId: string, name: string): Journey {
  const lane = journey.lanes.find((l) => l.id === laneId);
  if (!lane || lane.name === name) return journey;
  return { ...journey, lanes: journey.lanes.map((l) => (l.id === laneId ? { ...l, name } : l)) };
}

/** How many touchpoints and steps a lane holds. */
export function cardsInLane(journey: Journey, laneId: string): { touchpoints: number; steps: number } {
  return {
    touchpoints: journey.touchpoints.filter((t) => t.laneId === laneId).length,
    steps: journey.steps.filter((s) => s.laneId === laneId).length,
  };
}

export function setLaneKind(journey: Journey, laneId: string, kind: LaneKind): LaneEditResult {
  const lane = journey.lanes.find((l) => l.id === laneId);
  if (!lane) return refuse('unknown-lane');
  if (lane.kind === kind) return { ok: true, journey };
  if (holdsTouchpoints(lane.kind) !== holdsTouchpoints(kind)) {
    const held = cardsInLane(journey, laneId);
    if (held.touchpoints > 0) return refuse('holds-touchpoints');
    if (held.steps > 0) return refuse('holds-steps');
    if (holdsTouchpoints(lane.kind) && journey.lanes.filter((l) => holdsTouchpoints(l.kind)).length === 1)
      return refuse('last-touchpoint-lane');
  }
  return { ok: true, journey: { ...journey, lanes: journey.lanes.map((l) => (l.id === laneId ? { ...l, kind } : l)) } };
}

/** Moves a lane to `toIndex` among the lanes (clamped). */
export function moveLane(journey: Journey, laneId: string, toIndex: number): Journey {
  const from = journey.lanes.findIndex((l) => l.id === laneId);
  if (from < 0) return journey;
  const to = Math.max(0, Math.min(toIndex, journey.lanes.length - 1));
  if (to === from) return journey;
  const lanes = [...journey.lanes];
  const [lane] = lanes.splice(from, 1);
  lanes.splice(to, 0, lane!);
  return { ...journey, lanes };
}

/** The lanes a deleted lane's cards may move to: the others that hold the same kind of card. */
export function lanesToMoveCardsTo(journey: Journey, laneId: string): Lane[] {
  const lane = journey.lanes.find((l) => l.id === laneId);
  if (!lane) return [];
  return journey.lanes.filter((l) => l.id !== laneId && holdsTouchpoints(l.kind) === holdsTouchpoints(lane.kind));
}

/** What happens to a deleted lane's cards: moved into another lane of a compatible kind, or deleted (with their connections). */
export type DeletedLaneCards = { moveTo: string } | 'delete';

export function deleteLane(journey: Journey, laneId: string, cards: DeletedLaneCards): LaneEditResult {
  const lane = journey.lanes.find((l) => l.id === laneId);
  if (!lane) return refuse('unknown-lane');
  if (holdsTouchpoints(lane.kind) && journey.lanes.filter((l) => holdsTouchpoints(l.kind)).length === 1)
    return refuse('last-touchpoint-lane');
  const lanes = journey.lanes.filter((l) => l.id !== laneId);
  if (cards === 'delete') {
    const gone = new Set(
      [...journey.touchpoints, ...journey.steps].filter((c) => c.laneId === laneId).map((c) => c.id),
    );
    return {
      ok: true,
      journey: {
        ...journey,
        lanes,
        touchpoints: journey.touchpoints.filter((t) => !gone.has(t.id)),
        steps: journey.steps.filter((s) => !gone.has(s.id)),
        connections: journey.connections.filter((c) => !gone.has(c.from) && !gone.has(c.to)),
      },
    };
  }
  if (!lanesToMoveCardsTo(journey, laneId).some((l) => l.id === cards.moveTo)) return refuse('incompatible-lane');
  const moved: string[] = [];
  const move = <T extends { id: string; laneId: string }>(card: T): T => {
    if (card.laneId !== laneId) return card;
    moved.push(card.id);
    return { ...card, laneId: cards.moveTo };
  };
  const next = { ...journey, lanes, touchpoints: journey.touchpoints.map(move), steps: journey.steps.map(move) };
  // Moved cards keep their place in the cell unless a card is there already.
  return { ok: true, journey: placeWithoutOverlap(next, moved) };
}
