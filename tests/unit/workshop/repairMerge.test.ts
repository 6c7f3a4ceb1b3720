/**
 * Two hosts (Redis) whose participants each made a valid change that together make an invalid
 * journey: the merged document is repaired the same way on both, and their repairs converge.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkshopRoom } from '../../../electron/node/workshop/workshopRoom';
import { MAX_PERSONAS, loadJourneyTextV2, validateJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import {
  applyJourneyToDoc,
  journeyBaseUpdate,
  journeyFromDoc,
  readJourneyValue,
  repairMergedJourney,
} from '../../../shared/workshop';
import { sampleCopy } from './workshopClients';

const FIXTURE = new URL('../../fixtures/valid-v2/dental-blueprint.journey', import.meta.url);

function sample(): JourneyV2 {
  const loaded = loadJourneyTextV2(readFileSync(FIXTURE, 'utf8'));
  if (!loaded.ok) throw new Error('the fixture is not valid');
  return loaded.journey;
}

/** The update one participant's edit makes on a replica of `base` (a shared document's state). */
function editOf(base: Uint8Array, change: (journey: JourneyV2) => void): Uint8Array {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, base);
  const vector = Y.encodeStateVector(replica);
  const read = journeyFromDoc(replica);
  if (!read.ok) throw new Error('the base holds no valid journey');
  const draft = structuredClone(read.journey);
  change(draft);
  expect(validateJourneyV2(draft).ok, 'each edit is valid on its own').toBe(true);
  applyJourneyToDoc(replica, draft);
  return Y.encodeStateAsUpdate(replica, vector);
}

/** The plain value of `base` with both edits merged in: what a host holds once they meet. */
function merged(base: Uint8Array, ...updates: Uint8Array[]): Record<string, unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  for (const update of updates) Y.applyUpdate(doc, update);
  return readJourneyValue(doc)!;
}

const deleteTreatment = (j: JourneyV2) => {
  const gone = new Set([...j.touchpoints, ...j.steps].filter((c) => c.stageId === 'stage-treat').map((c) => c.id));
  j.stages = j.stages.filter((s) => s.id !== 'stage-treat');
  j.touchpoints = j.touchpoints.filter((t) => !gone.has(t.id));
  j.steps = j.steps.filter((s) => !gone.has(s.id));
  j.connections = j.connections.filter((c) => !gone.has(c.from) && !gone.has(c.to));
};
const addCardToTreatment = (j: JourneyV2) => {
  j.touchpoints.push({
    ...structuredClone(j.touchpoints[0]!),
    id: 'tp-new',
    stageId: 'stage-treat',
    title: 'X-ray',
    painPoints: [],
    opportunities: [],
    metrics: [],
  });
  j.connections.push({ id: 'flow-call-new', from: 'tp-call', to: 'tp-new' });
};

describe('repairMergedJourney', () => {
  const base = journeyBaseUpdate(sample());

  it('gives a valid journey back as it is', () => {
    expect(repairMergedJourney(sample())).toEqual(sample());
  });

  it('moves a card added to a stage deleted elsewhere to the first stage, its flows kept', () => {
    const value = merged(base, editOf(base, deleteTreatment), editOf(base, addCardToTreatment));
    expect(validateJourneyV2(value).ok).toBe(false);
    const repaired = repairMergedJourney(value)!;
    expect(repaired.stages.map((s) => s.id)).toEqual(['stage-book']);
    expect(repaired.touchpoints.find((t) => t.id === 'tp-new')).toMatchObject({
      stageId: 'stage-book',
      title: 'X-ray',
    });
    expect(repaired.connections.some((c) => c.id === 'flow-call-new')).toBe(true);
  });

  it('drops ratings for a persona deleted elsewhere, and personas past the limit', () => {
    const dropChild = (j: JourneyV2) => {
      j.personas = j.personas.filter((p) => p.id !== 'persona-child');
      for (const tp of j.touchpoints) delete tp.emotions['persona-child'];
    };
    const rateChild = (j: JourneyV2) => (j.touchpoints[0]!.emotions['persona-child'] = 2);
    const repaired = repairMergedJourney(merged(base, editOf(base, dropChild), editOf(base, rateChild)))!;
    expect(repaired.touchpoints[0]!.emotions).toEqual({ 'persona-parent': -1 });

    const addPersonas = (prefix: string) => (j: JourneyV2) => {
      while (j.personas.length < MAX_PERSONAS)
        j.personas.push({ ...structuredClone(j.personas[0]!), id: `${prefix}-${j.personas.length}` });
    };
    const many = merged(base, editOf(base, addPersonas('a')), editOf(base, addPersonas('b')));
    expect((many.personas as unknown[]).length).toBe(2 * MAX_PERSONAS - 2);
    expect(repairMergedJourney(many)!.personas).toHaveLength(MAX_PERSONAS);
  });

  it('keeps one of a flow drawn on both hosts, and drops a flow to a card deleted elsewhere', () => {
    const drawn = (id: string) => (j: JourneyV2) => j.connections.push({ id, from: 'step-answer', to: 'step-diary' });
    const twice = repairMergedJourney(merged(base, editOf(base, drawn('flow-a')), editOf(base, drawn('flow-b'))))!;
    expect(twice.connections.filter((c) => c.from === 'step-answer' && c.to === 'step-diary')).toHaveLength(1);

    const dropDiary = (j: JourneyV2) => {
      j.steps = j.steps.filter((s) => s.id !== 'step-diary');
      j.connections = j.connections.filter((c) => c.to !== 'step-diary');
    };
    const dangling = repairMergedJourney(merged(base, editOf(base, dropDiary), editOf(base, drawn('flow-a'))))!;
    expect(dangling.connections.some((c) => c.to === 'step-diary')).toBe(false);
  });

  it('mends nothing it cannot: a value that is no journey', () => {
    expect(repairMergedJourney(undefined)).toBeNull();
    expect(repairMergedJourney({ ...sample(), stages: 'none' })).toBeNull();
  });
});

describe('two hosts whose changes meet as an invalid journey', () => {
  it('repair it the same way, their repairs converge, and neither answers the other’s repair', async () => {
    const [a, b] = await Promise.all([WorkshopRoom.open(sampleCopy()), WorkshopRoom.open(sampleCopy())]);
    // Both rooms start from the file's own base, so one participant's edit fits either.
    const base = a.stateUpdate();
    const onA = editOf(base, deleteTreatment);
    const onB = editOf(base, addCardToTreatment);
    expect(await a.admit(onA)).toEqual({ accepted: true });
    expect(await b.admit(onB)).toEqual({ accepted: true });

    // Redis brings each host the other's change.
    const repairA = await a.follow(onB);
    const repairB = await b.follow(onA);
    expect(repairA).not.toBeNull();
    expect(repairB).not.toBeNull();
    expect(a.journey).toEqual(b.journey);
    expect(a.journey.touchpoints.find((t) => t.id === 'tp-new')?.stageId).toBe('stage-book');

    // Then each other's repair: the same journey, nothing more to send.
    expect(await a.follow(repairB!)).toBeNull();
    expect(await b.follow(repairA!)).toBeNull();
    expect(a.journey).toEqual(b.journey);
    expect(validateJourneyV2(a.journey).ok).toBe(true);
    expect(journeyFromDoc(docOf(a)).ok).toBe(true);
    expect(journeyFromDoc(docOf(b)).ok).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });
});

function docOf(room: WorkshopRoom): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, room.stateUpdate());
  return doc;
}
