/**
 * Pure document edits: each returns a new journey and never mutates its input, so undo
 * history can keep old documents by reference. Renderer commands and the CLI share them.
 */
import type { Connection, Journey, Stage, Step, Touchpoint } from '../model/types';
import { TOUCHPOINT_LANE_KIND } from '../model/v2/schema';
import type { Patch } from './patch';

export function setJourneyFields(journey: Journey, patch: Partial<Pick<Journey, 'title' | 'description'>>): Journey {
  return { ...journey, ...patch };
}

export function addStage(journey: Journey, stage: Stage, index = journey.stages.length): Journey {
  const stages = [...journey.stages];
  stages.splice(index, 0, stage);
  return { ...journey, stages };
}

export function updateStage(journey: Journey, stageId: string, patch: Patch<Stage>): Journey {
  return { ...journey, stages: journey.stages.map((s) => (s.id === stageId ? { ...s, ...patch } : s)) };
}

export function addTouchpoints(journey: Journey, touchpoints: readonly Touchpoint[]): Journey {
  return { ...journey, touchpoints: [...journey.touchpoints, ...touchpoints] };
}

export interface TouchpointMove {
  id: string;
  stageId: string;
  /** The card's new lane; omitted, it stays in its lane. */
  laneId?: string;
  position: { x: number; y: number };
}

/**
 * Moves cards (touchpoints and steps, by id) to another place, cell or both. A move into a lane
 * that does not hold the card's kind keeps the card in its lane (the caller picks a lane that does).
 */
export function moveTouchpoints(journey: Journey, moves: readonly TouchpointMove[]): Journey {
  const byId = new Map(moves.map((m) => [m.id, m]));
  const kindOf = new Map(journey.lanes.map((l) => [l.id, l.kind === TOUCHPOINT_LANE_KIND]));
  const move = <T extends Touchpoint | Step>(card: T, touchpoint: boolean): T => {
    const m = byId.get(card.id);
    if (!m) return card;
    const laneId = m.laneId !== undefined && kindOf.get(m.laneId) === touchpoint ? m.laneId : card.laneId;
    return { ...card, stageId: m.stageId, laneId, position: { ...card.position, ...m.position } };
  };
  return {
    ...journey,
    touchpoints: journey.touchpoints.map((t) => move(t, true)),
    steps: journey.steps.map((s) => move(s, false)),
  };
}

/** Removes cards (touchpoints and steps) and every connection that touches them. */
export function removeTouchpoints(journey: Journey, ids: ReadonlySet<string>): Journey {
  return {
    ...journey,
    touchpoints: journey.touchpoints.filter((t) => !ids.has(t.id)),
    steps: journey.steps.filter((s) => !ids.has(s.id)),
    connections: journey.connections.filter((c) => !ids.has(c.from) && !ids.has(c.to)),
  };
}

export function addConnection(journey: Journey, connection: Connection): Journey {
  return { ...journey, connections: [...journey.connections, connection] };
}

export function setConnectionLabel(journey: Journey, id: string, label: string | undefined): Journey {
  return { ...journey, connections: journey.connections.map((c) => (c.id === id ? { ...c, label } : c)) };
}

export function removeConnections(journey: Journey, ids: ReadonlySet<string>): Journey {
  return { ...journey, connections: journey.connections.filter((c) => !ids.has(c.id)) };
}
