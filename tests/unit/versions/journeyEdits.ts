/**
 * Random edits of a version 2 journey that keep it valid, as a person in the editor would make
 * them: change a field, add or remove a card (with its flows), a stage or a lane (with its cards),
 * a persona (with their ratings), a flow, a pain point, a custom channel; reorder stages and
 * lanes; move a card or a pain point. Two sides edit copies of one base for the merge properties.
 */
import fc from 'fast-check';
import {
  MAX_LANES,
  MAX_PERSONAS,
  TOUCHPOINT_LANE_KIND,
  createConnectionV2,
  createLane,
  createPersona,
  createStep,
  createTouchpointV2,
  type JourneyV2,
  type LaneKind,
} from '../../../shared/model/v2';

const EDITS = [
  'journeyTitle',
  'touchpointTitle',
  'touchpointStage',
  'touchpointPosition',
  'touchpointChannel',
  'rate',
  'addTouchpoint',
  'removeTouchpoint',
  'addStep',
  'removeStep',
  'stepTitle',
  'addStage',
  'removeStage',
  'renameStage',
  'moveStage',
  'addLane',
  'removeLane',
  'moveLane',
  'laneKind',
  'addPersona',
  'removePersona',
  'renamePersona',
  'addConnection',
  'removeConnection',
  'labelConnection',
  'connectionEnd',
  'addPainPoint',
  'removePainPoint',
  'painSeverity',
  'movePainPoint',
  'addChannel',
  'removeChannel',
] as const;
export type EditKind = (typeof EDITS)[number];

export interface Edit {
  kind: EditKind;
  a: number;
  b: number;
  c: number;
}

export const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(...EDITS),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.integer({ min: -2, max: 2 }),
});

const at = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

function removeCards(j: JourneyV2, gone: (card: { id: string; stageId: string; laneId: string }) => boolean): void {
  const ids = new Set([...j.touchpoints, ...j.steps].filter(gone).map((c) => c.id));
  j.touchpoints = j.touchpoints.filter((c) => !ids.has(c.id));
  j.steps = j.steps.filter((c) => !ids.has(c.id));
  j.connections = j.connections.filter((c) => !ids.has(c.from) && !ids.has(c.to));
}

function move<T>(list: T[], from: number, to: number): T[] {
  if (list.length < 2) return list;
  const copy = [...list];
  const [item] = copy.splice(from % copy.length, 1);
  copy.splice(to % (copy.length + 1), 0, item!);
  return copy;
}

/** Applies one edit in place; `side` makes new ids that neither the other side nor the base has. */
export function applyEdit(j: JourneyV2, edit: Edit, side: string, n: number): void {
  const id = (kind: string) => `${side}-${kind}-${n}`;
  const { a, b, c } = edit;
  const touchLanes = j.lanes.filter((l) => l.kind === TOUCHPOINT_LANE_KIND);
  const stepLanes = j.lanes.filter((l) => l.kind !== TOUCHPOINT_LANE_KIND);
  const cards = [...j.touchpoints, ...j.steps];
  const tp = at(j.touchpoints, a);
  switch (edit.kind) {
    case 'journeyTitle':
      j.title = `${j.title} ${side}`;
      break;
    case 'touchpointTitle':
      if (tp) tp.title = `${side} ${b}`;
      break;
    case 'touchpointStage': {
      const stage = at(j.stages, b);
      if (tp && stage) tp.stageId = stage.id;
      break;
    }
    case 'touchpointPosition':
      if (tp) tp.position = { x: b % 1000, y: (b * 7) % 1000 };
      break;
    case 'touchpointChannel':
      if (tp) tp.channel = at([...(j.channels ?? []).map((ch) => ch.id), 'email', 'phone'], b)!;
      break;
    case 'rate': {
      const persona = at(j.personas, b);
      if (tp && persona) tp.emotions = { ...tp.emotions, [persona.id]: c };
      break;
    }
    case 'addTouchpoint': {
      const stage = at(j.stages, a);
      const lane = at(touchLanes, b);
      if (stage && lane)
        j.touchpoints.push(createTouchpointV2(stage.id, lane.id, { id: id('tp'), title: `${side} new` }));
      break;
    }
    case 'removeTouchpoint':
      if (tp) removeCards(j, (card) => card.id === tp.id);
      break;
    case 'addStep': {
      const stage = at(j.stages, a);
      const lane = at(stepLanes, b);
      if (stage && lane) j.steps.push(createStep(stage.id, lane.id, { id: id('step'), title: `${side} step` }));
      break;
    }
    case 'removeStep': {
      const step = at(j.steps, a);
      if (step) removeCards(j, (card) => card.id === step.id);
      break;
    }
    case 'stepTitle': {
      const step = at(j.steps, a);
      if (step) step.title = `${side} ${b}`;
      break;
    }
    case 'addStage':
      j.stages.splice(a % (j.stages.length + 1), 0, { id: id('stage'), name: `${side} stage` });
      break;
    case 'removeStage': {
      const stage = at(j.stages, a);
      if (!stage) break;
      j.stages = j.stages.filter((s) => s.id !== stage.id);
      removeCards(j, (card) => card.stageId === stage.id);
      break;
    }
    case 'renameStage': {
      const stage = at(j.stages, a);
      if (stage) stage.name = `${side} ${b}`;
      break;
    }
    case 'moveStage':
      j.stages = move(j.stages, a, b);
      break;
    case 'addLane':
      if (j.lanes.length < MAX_LANES) {
        const kind: LaneKind = b % 2 === 0 ? 'touchpoints' : 'backstage';
        j.lanes.splice(a % (j.lanes.length + 1), 0, createLane(kind, { id: id('lane'), name: `${side} lane` }));
      }
      break;
    case 'removeLane': {
      const lane = at(j.lanes, a);
      if (!lane || j.lanes.length === 1) break;
      if (lane.kind === TOUCHPOINT_LANE_KIND && touchLanes.length === 1) break;
      j.lanes = j.lanes.filter((l) => l.id !== lane.id);
      removeCards(j, (card) => card.laneId === lane.id);
      break;
    }
    case 'moveLane':
      j.lanes = move(j.lanes, a, b);
      break;
    case 'laneKind': {
      // Only an empty lane changes kind, and the map keeps a touchpoint lane.
      const lane = at(j.lanes, a);
      if (!lane || cards.some((card) => card.laneId === lane.id)) break;
      if (lane.kind === TOUCHPOINT_LANE_KIND && touchLanes.length === 1) break;
      lane.kind = lane.kind === TOUCHPOINT_LANE_KIND ? 'support' : TOUCHPOINT_LANE_KIND;
      break;
    }
    case 'addPersona':
      if (j.personas.length < MAX_PERSONAS)
        j.personas.push(createPersona({ id: id('persona'), name: `${side} persona` }));
      break;
    case 'removePersona': {
      const persona = at(j.personas, a);
      if (!persona) break;
      j.personas = j.personas.filter((p) => p.id !== persona.id);
      for (const t of j.touchpoints) {
        t.emotions = Object.fromEntries(Object.entries(t.emotions).filter(([key]) => key !== persona.id));
      }
      break;
    }
    case 'renamePersona': {
      const persona = at(j.personas, a);
      if (persona) persona.name = `${side} ${b}`;
      break;
    }
    case 'addConnection': {
      const [from, to] = [at(cards, a), at(cards, b)];
      if (!from || !to || from.id === to.id) break;
      if (j.connections.some((x) => x.from === from.id && x.to === to.id)) break;
      j.connections.push(createConnectionV2(from.id, to.id, { id: id('flow') }));
      break;
    }
    case 'removeConnection': {
      const flow = at(j.connections, a);
      if (flow) j.connections = j.connections.filter((x) => x.id !== flow.id);
      break;
    }
    case 'labelConnection': {
      const flow = at(j.connections, a);
      if (flow) flow.label = `${side} ${b}`;
      break;
    }
    case 'connectionEnd': {
      const flow = at(j.connections, a);
      const to = at(cards, b);
      if (!flow || !to || to.id === flow.from) break;
      if (j.connections.some((x) => x.from === flow.from && x.to === to.id)) break;
      flow.to = to.id;
      break;
    }
    case 'addPainPoint':
      if (tp) tp.painPoints.push({ id: id('pain'), text: `${side} pain`, severity: 3, source: 'direct' });
      break;
    case 'removePainPoint':
      if (tp && tp.painPoints.length > 0) tp.painPoints.splice(b % tp.painPoints.length, 1);
      break;
    case 'painSeverity': {
      const pain = tp && at(tp.painPoints, b);
      if (pain) pain.severity = (Math.abs(c) % 5) + 1;
      break;
    }
    case 'movePainPoint': {
      const target = at(j.touchpoints, b);
      if (!tp || !target || target === tp || tp.painPoints.length === 0) break;
      target.painPoints.push(...tp.painPoints.splice(0, 1));
      break;
    }
    case 'addChannel':
      j.channels = [...(j.channels ?? []), { id: id('channel'), name: `${side} channel` }];
      break;
    case 'removeChannel': {
      const channel = at(j.channels ?? [], a);
      if (!channel) break;
      j.channels = j.channels!.filter((ch) => ch.id !== channel.id);
      for (const t of j.touchpoints) if (t.channel === channel.id) t.channel = 'website';
      break;
    }
  }
}

/** A copy of `base` after `edits`. */
export function editedCopy(base: JourneyV2, edits: readonly Edit[], side: string): JourneyV2 {
  const copy = structuredClone(base);
  edits.forEach((edit, n) => applyEdit(copy, edit, side, n));
  return copy;
}
