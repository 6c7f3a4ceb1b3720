/**
 * Makes a merged journey valid, reporting each step. Each side is valid on its own; combining
 * them can leave a reference to something the other side removed (a card in a removed stage or
 * lane, a flow to a removed card, a pain point in a removed touchpoint, a rating by a removed
 * persona, a removed custom channel), a card in a lane whose kind the other side changed, too
 * many personas or lanes, a flow turned into a loop, or two flows for one pair of cards. The
 * referenced entity is kept where possible (taken from ours, else theirs, else the base);
 * otherwise the reference is dropped or the card moved, never silently.
 */
import { BUILT_IN_CHANNEL_IDS } from '../model/catalogues';
import {
  MAX_LANES,
  MAX_PERSONAS,
  TOUCHPOINT_LANE_KIND,
  type ConnectionV2,
  type CustomChannelV2,
  type Lane,
  type PersonaV2,
  type StageV2,
  type Step,
  type TouchpointV2,
} from '../model/v2';
import type { Entity, KindMerge } from './mergeKinds';
import type { MergeResolution, ResolutionAction } from './mergeTypes';
import type { Fields } from './mergeValues';

export const ANNOTATION_LISTS = ['painPoints', 'opportunities', 'metrics'] as const;
export type AnnotationList = (typeof ANNOTATION_LISTS)[number];

/** A pain point, opportunity or metric with the touchpoint it is in. */
export interface Placed {
  id: string;
  parentId: string;
  item: Fields & Entity;
}

export interface MergeState {
  journeyId: string;
  personas: KindMerge<PersonaV2>;
  stages: KindMerge<StageV2>;
  lanes: KindMerge<Lane>;
  touchpoints: KindMerge<TouchpointV2>;
  steps: KindMerge<Step>;
  connections: KindMerge<ConnectionV2>;
  annotations: Record<AnnotationList, KindMerge<Placed>>;
  channels: KindMerge<CustomChannelV2>;
  resolutions: MergeResolution[];
  /** A kind's kept entities in the order the output will have. */
  orderOf<T extends Entity>(kind: KindMerge<T>): T[];
}

const BUILT_IN_CHANNELS = new Set(BUILT_IN_CHANNEL_IDS);

function resolve(state: MergeState, kind: KindMerge<Entity>, id: string, action: ResolutionAction, reason: string) {
  state.resolutions.push({ entity: kind.entity, id, action, reason });
}

/** Who removed an entity that one version has: "theirs", "ours" or "both sides". */
function removedBy<T extends Entity>(kind: KindMerge<T>, id: string): string {
  const [o, t] = [kind.byId.ours.has(id), kind.byId.theirs.has(id)];
  return o && !t ? 'theirs' : t && !o ? 'ours' : 'both sides';
}

/** Puts back an entity the merge removed, from ours, else theirs, else the base; false when no version has it. */
function restore<T extends Entity>(state: MergeState, kind: KindMerge<T>, id: string, because: string): T | undefined {
  const source = kind.byId.ours.get(id) ?? kind.byId.theirs.get(id) ?? kind.byId.base.get(id);
  if (!source) return undefined;
  kind.kept.set(id, source);
  resolve(state, kind as KindMerge<Entity>, id, 'kept', `removed by ${removedBy(kind, id)}, but ${because}`);
  return source;
}

/** A touchpoint put back with the pain points, opportunities and metrics it had in that version. */
function restoreTouchpoint(state: MergeState, id: string, because: string): boolean {
  const tp = restore(state, state.touchpoints, id, because);
  if (!tp) return false;
  for (const list of ANNOTATION_LISTS) {
    const kind = state.annotations[list];
    for (const item of tp[list] as (Fields & Entity)[]) {
      if (!kind.kept.has(item.id)) kind.kept.set(item.id, { id: item.id, parentId: id, item });
    }
  }
  return true;
}

function restoreCard(state: MergeState, id: string, because: string): boolean {
  const isTouchpoint = ['ours', 'theirs', 'base'].some((side) => state.touchpoints.byId[side as 'ours'].has(id));
  return isTouchpoint ? restoreTouchpoint(state, id, because) : restore(state, state.steps, id, because) !== undefined;
}

function hasCard(state: MergeState, id: string): boolean {
  return state.touchpoints.kept.has(id) || state.steps.kept.has(id);
}

/**
 * A touchpoint kept because one side changed what the other removed is kept whole: the pain
 * points, opportunities and metrics that went only with the removal come back with it.
 */
function keepContentsOfKeptCards(state: MergeState): void {
  for (const id of state.touchpoints.keptOverRemoval) {
    const tp = state.touchpoints.kept.get(id)!;
    const remover = state.touchpoints.byId.ours.has(id) ? 'theirs' : 'ours';
    for (const list of ANNOTATION_LISTS) {
      const kind = state.annotations[list];
      for (const item of tp[list] as (Fields & Entity)[]) {
        if (!kind.kept.has(item.id) && !kind.byId[remover].has(item.id))
          kind.kept.set(item.id, { id: item.id, parentId: id, item });
      }
    }
  }
}

/** Pain points, opportunities and metrics whose touchpoint the merge removed. */
function keepAnnotationParents(state: MergeState): void {
  for (const list of ANNOTATION_LISTS) {
    const kind = state.annotations[list];
    for (const [id, placed] of kind.kept) {
      if (state.touchpoints.kept.has(placed.parentId)) continue;
      if (!restoreTouchpoint(state, placed.parentId, `${kind.entity} ${id} is in it`)) {
        kind.kept.delete(id);
        resolve(state, kind as KindMerge<Entity>, id, 'dropped', `its touchpoint ${placed.parentId} is gone`);
      }
    }
  }
}

/** Cards a kept connection leads from or to. */
function keepConnectionEnds(state: MergeState): void {
  for (const [id, connection] of state.connections.kept) {
    for (const [end, way] of [
      [connection.from, 'from'],
      [connection.to, 'to'],
    ] as const) {
      if (hasCard(state, end) || restoreCard(state, end, `connection ${id} leads ${way} it`)) continue;
      state.connections.kept.delete(id);
      resolve(state, state.connections as KindMerge<Entity>, id, 'dropped', `card ${end} is gone`);
      break;
    }
  }
}

/** Stages, lanes, custom channels and personas a kept card names. */
function keepCardReferences(state: MergeState): void {
  const cards: [string, { stageId: string; laneId: string }, string][] = [
    ...[...state.touchpoints.kept].map(([id, c]) => [id, c, 'touchpoint'] as [string, TouchpointV2, string]),
    ...[...state.steps.kept].map(([id, c]) => [id, c, 'step'] as [string, Step, string]),
  ];
  for (const [id, card, what] of cards) {
    if (!state.stages.kept.has(card.stageId)) restore(state, state.stages, card.stageId, `${what} ${id} is in it`);
    if (!state.lanes.kept.has(card.laneId)) restore(state, state.lanes, card.laneId, `${what} ${id} is in it`);
  }
  for (const [id, tp] of state.touchpoints.kept) {
    if (!BUILT_IN_CHANNELS.has(tp.channel) && !state.channels.kept.has(tp.channel))
      restore(state, state.channels, tp.channel, `touchpoint ${id} uses it`);
    for (const personaId of Object.keys(tp.emotions)) {
      if (!state.personas.kept.has(personaId))
        restore(state, state.personas, personaId, `touchpoint ${id} has their rating`);
    }
  }
}

/** Over the limit (both sides added): the ones ours does not have go, from the end. */
function keepWithinLimit<T extends Entity>(state: MergeState, kind: KindMerge<T>, max: number, noun: string): void {
  const order = state.orderOf(kind);
  for (let i = order.length - 1; i >= 0 && kind.kept.size > max; i--) {
    const id = order[i]!.id;
    if (kind.byId.ours.has(id)) continue;
    kind.kept.delete(id);
    resolve(state, kind as KindMerge<Entity>, id, 'dropped', `a journey has at most ${max} ${noun}`);
  }
}

/**
 * A lane one side changed the kind of while the other put cards of the old kind in it: when it
 * holds only those cards, its kind goes back (to ours', else theirs', else the base's).
 */
function revertLaneKinds(state: MergeState): void {
  const holds = new Map<string, { touchpoints: number; steps: number }>();
  const count = (laneId: string, what: 'touchpoints' | 'steps') => {
    const entry = holds.get(laneId) ?? { touchpoints: 0, steps: 0 };
    entry[what]++;
    holds.set(laneId, entry);
  };
  for (const tp of state.touchpoints.kept.values()) count(tp.laneId, 'touchpoints');
  for (const step of state.steps.kept.values()) count(step.laneId, 'steps');
  let touchLanes = [...state.lanes.kept.values()].filter((l) => l.kind === TOUCHPOINT_LANE_KIND).length;
  for (const [id, lane] of state.lanes.kept) {
    const held = holds.get(id);
    if (!held) continue;
    const isTouch = lane.kind === TOUCHPOINT_LANE_KIND;
    if (isTouch ? held.touchpoints > 0 || held.steps === 0 : held.steps > 0 || held.touchpoints === 0) continue;
    if (isTouch && touchLanes === 1) continue; // the map keeps a touchpoint lane; the steps move instead
    const kindFor = (l: Lane | undefined) => (l && (l.kind === TOUCHPOINT_LANE_KIND) !== isTouch ? l.kind : undefined);
    const kind =
      kindFor(state.lanes.byId.ours.get(id)) ??
      kindFor(state.lanes.byId.theirs.get(id)) ??
      kindFor(state.lanes.byId.base.get(id));
    if (kind === undefined) continue;
    state.lanes.kept.set(id, { ...lane, kind });
    touchLanes += isTouch ? -1 : 1;
    const what = isTouch ? 'steps' : 'touchpoints';
    resolve(state, state.lanes as KindMerge<Entity>, id, 'reverted', `to kind ${kind}: it holds ${what} only`);
  }
}

/** Cards in a lane that is gone or of the wrong kind move to the first lane of their kind. */
function fitCardsToLanes(state: MergeState): void {
  revertLaneKinds(state);
  const lanes = state.orderOf(state.lanes);
  const touchLane = lanes.find((l) => l.kind === TOUCHPOINT_LANE_KIND);
  const stepLane = lanes.find((l) => l.kind !== TOUCHPOINT_LANE_KIND);
  const why = (laneId: string) => {
    const lane = state.lanes.kept.get(laneId);
    return lane ? `lane ${laneId} is now of kind ${lane.kind}` : `lane ${laneId} is gone`;
  };
  for (const [id, tp] of state.touchpoints.kept) {
    if (state.lanes.kept.get(tp.laneId)?.kind === TOUCHPOINT_LANE_KIND || !touchLane) continue;
    state.touchpoints.kept.set(id, { ...tp, laneId: touchLane.id });
    resolve(state, state.touchpoints as KindMerge<Entity>, id, 'moved', `to lane ${touchLane.id}: ${why(tp.laneId)}`);
  }
  for (const [id, step] of state.steps.kept) {
    const kind = state.lanes.kept.get(step.laneId)?.kind;
    if (kind !== undefined && kind !== TOUCHPOINT_LANE_KIND) continue;
    if (stepLane) {
      state.steps.kept.set(id, { ...step, laneId: stepLane.id });
      resolve(state, state.steps as KindMerge<Entity>, id, 'moved', `to lane ${stepLane.id}: ${why(step.laneId)}`);
    } else {
      state.steps.kept.delete(id);
      resolve(state, state.steps as KindMerge<Entity>, id, 'dropped', `${why(step.laneId)} and no lane takes steps`);
    }
  }
}

/** Ratings by a persona dropped for the limit. */
function dropOrphanRatings(state: MergeState): void {
  for (const [id, tp] of state.touchpoints.kept) {
    const keys = Object.keys(tp.emotions);
    if (keys.every((k) => state.personas.kept.has(k))) continue;
    const emotions = Object.fromEntries(Object.entries(tp.emotions).filter(([k]) => state.personas.kept.has(k)));
    state.touchpoints.kept.set(id, { ...tp, emotions });
  }
}

/**
 * Connections: ends gone (a dropped step), a loop made of one side's new start and the other's
 * new end (ours' ends are taken, else theirs'), and a (from, to) pair both sides added (ours' is kept).
 */
function fitConnections(state: MergeState): void {
  const kind = state.connections;
  const report = (id: string, action: ResolutionAction, reason: string) =>
    resolve(state, kind as KindMerge<Entity>, id, action, reason);
  for (const [id, c] of kind.kept) {
    const gone = [c.from, c.to].find((end) => !hasCard(state, end));
    if (gone !== undefined) {
      kind.kept.delete(id);
      report(id, 'dropped', `card ${gone} is gone`);
    } else if (c.from === c.to) {
      const side = [kind.byId.ours.get(id), kind.byId.theirs.get(id)].find(
        (s) => s && hasCard(state, s.from) && hasCard(state, s.to),
      );
      if (side) {
        kind.kept.set(id, { ...c, from: side.from, to: side.to });
        report(
          id,
          'reverted',
          `to ${side === kind.byId.ours.get(id) ? 'ours' : 'theirs'}: the merged ends made it a loop on card ${c.from}`,
        );
      } else {
        kind.kept.delete(id);
        report(id, 'dropped', `the merged ends made it a loop on card ${c.from}`);
      }
    }
  }
  const pairs = new Map<string, string>();
  const byPriority = [...kind.kept.keys()].sort(
    (a, b) => Number(!kind.byId.ours.has(a)) - Number(!kind.byId.ours.has(b)),
  );
  for (const id of byPriority) {
    const c = kind.kept.get(id)!;
    const pair = JSON.stringify([c.from, c.to]);
    const first = pairs.get(pair);
    if (first === undefined) pairs.set(pair, id);
    else {
      kind.kept.delete(id);
      report(id, 'dropped', `connection ${first} already leads from ${c.from} to ${c.to}`);
    }
  }
}

/** Every repair, in the order one can cause the next: cards kept for their contents before their own references. */
export function repairMerge(state: MergeState): void {
  keepContentsOfKeptCards(state);
  keepAnnotationParents(state);
  keepConnectionEnds(state);
  keepCardReferences(state);
  keepWithinLimit(state, state.personas, MAX_PERSONAS, 'personas');
  keepWithinLimit(state, state.lanes, MAX_LANES, 'lanes');
  fitCardsToLanes(state);
  dropOrphanRatings(state);
  fitConnections(state);
}
