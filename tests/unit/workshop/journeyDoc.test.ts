/** The journey <-> Y.Doc mapping: round trips, minimal updates, concurrent edits merging. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadJourneyTextV2, serializeJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import { applyJourneyToDoc, journeyBaseUpdate, journeyFromDoc, LOCAL_ORIGIN } from '../../../shared/workshop';
import { journeyV2Arbitrary } from '../fuzz/journeyV2Arbitraries';
import { VALID_V2_SAMPLE, readFixture } from '../../helpers/fixtures';

function sample(): JourneyV2 {
  const loaded = loadJourneyTextV2(readFixture(VALID_V2_SAMPLE));
  if (!loaded.ok) throw new Error('the v2 sample does not load');
  return loaded.journey;
}

function docOf(journey: JourneyV2): Y.Doc {
  const doc = new Y.Doc();
  applyJourneyToDoc(doc, journey);
  return doc;
}

function read(doc: Y.Doc): JourneyV2 {
  const result = journeyFromDoc(doc);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result.journey;
}

/** A replica of `doc` made from its whole state, as a joining client gets it. */
function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

const edit = (journey: JourneyV2, change: (draft: JourneyV2) => void): JourneyV2 => {
  const draft = structuredClone(journey);
  change(draft);
  return draft;
};

describe('journey <-> Y.Doc', () => {
  it('gives back the same file bytes, unknown keys included', () => {
    const journey = sample();
    expect(serializeJourneyV2(read(replicaOf(docOf(journey))))).toBe(serializeJourneyV2(journey));
    expect(JSON.stringify(read(docOf(journey)).lanes)).toContain('x-owner');
  });

  it('an empty document holds no journey', () => {
    const result = journeyFromDoc(new Y.Doc());
    expect(result.ok).toBe(false);
  });

  it('turns any generated journey into any other, on a replica too', { timeout: 90_000 }, () => {
    fc.assert(
      fc.property(journeyV2Arbitrary(), journeyV2Arbitrary(), (before, after) => {
        const doc = docOf(before);
        const replica = replicaOf(doc);
        const vector = Y.encodeStateVector(doc);
        applyJourneyToDoc(doc, after);
        expect(serializeJourneyV2(read(doc))).toBe(serializeJourneyV2(after));
        Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc, vector));
        expect(serializeJourneyV2(read(replica))).toBe(serializeJourneyV2(after));
      }),
      { seed: 0x776b73, numRuns: 200 },
    );
  });

  it('writes nothing for an unchanged journey, and one field for a one-field edit', () => {
    const journey = sample();
    const doc = docOf(journey);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    applyJourneyToDoc(doc, structuredClone(journey));
    expect(updates).toHaveLength(0);
    applyJourneyToDoc(
      doc,
      edit(journey, (j) => (nth(j.touchpoints, 0).title = 'Rings the practice')),
    );
    expect(updates).toHaveLength(1);
    // One short value, not the touchpoint or the journey again.
    expect(nth(updates, 0).byteLength).toBeLessThan(80);
  });

  it('moves one item to the end of an order with one move', () => {
    const journey = sample();
    const doc = docOf(journey);
    const vector = Y.encodeStateVector(doc);
    const moved = edit(journey, (j) => j.lanes.push(j.lanes.shift()!));
    applyJourneyToDoc(doc, moved);
    expect(read(doc).lanes.map((l) => l.id)).toEqual(moved.lanes.map((l) => l.id));
    const update = Y.decodeUpdate(Y.encodeStateAsUpdate(doc, vector));
    expect(update.structs).toHaveLength(1);
  });

  it('merges concurrent edits of different cards and of different fields of one card', () => {
    const journey = sample();
    const alice = docOf(journey);
    const bob = replicaOf(alice);
    const first = nth(journey.touchpoints, 0);
    const second = nth(journey.touchpoints, 1);
    applyJourneyToDoc(
      alice,
      edit(journey, (j) => {
        nth(j.touchpoints, 0).title = 'Alice was here';
        nth(j.touchpoints, 1).momentOfTruth = true;
      }),
    );
    applyJourneyToDoc(
      bob,
      edit(journey, (j) => {
        nth(j.touchpoints, 1).title = 'Bob was here';
        nth(j.touchpoints, 0).position = { x: 300, y: 40 };
      }),
    );
    sync(alice, bob);
    const merged = read(alice);
    expect(serializeJourneyV2(read(bob))).toBe(serializeJourneyV2(merged));
    const byId = new Map(merged.touchpoints.map((t) => [t.id, t]));
    expect(byId.get(first.id)).toMatchObject({ title: 'Alice was here', position: { x: 300, y: 40 } });
    expect(byId.get(second.id)).toMatchObject({ title: 'Bob was here', momentOfTruth: true });
  });

  it('merges pain points added to one touchpoint by two people, and two ratings', () => {
    const journey = sample();
    const alice = docOf(journey);
    const bob = replicaOf(alice);
    const [child, parent] = journey.personas.map((p) => p.id) as [string, string];
    applyJourneyToDoc(
      alice,
      edit(journey, (j) => {
        nth(j.touchpoints, 0).painPoints.push({ id: 'pain-alice', text: 'Queue', severity: 3, source: 'direct' });
        nth(j.touchpoints, 0).emotions = { ...nth(j.touchpoints, 0).emotions, [child]: -2 };
      }),
    );
    applyJourneyToDoc(
      bob,
      edit(journey, (j) => {
        nth(j.touchpoints, 0).painPoints.push({ id: 'pain-bob', text: 'Noise', severity: 2, source: 'direct' });
        nth(j.touchpoints, 0).emotions = { ...nth(j.touchpoints, 0).emotions, [parent]: 1 };
      }),
    );
    sync(alice, bob);
    const tp = nth(read(alice).touchpoints, 0);
    expect(tp.painPoints.map((p) => p.id)).toEqual(expect.arrayContaining(['pain-alice', 'pain-bob']));
    expect(tp.emotions).toMatchObject({ [child]: -2, [parent]: 1 });
  });

  it('reads concurrent moves of one item as one item, the same on every replica', () => {
    const journey = sample();
    const alice = docOf(journey);
    const bob = replicaOf(alice);
    applyJourneyToDoc(
      alice,
      edit(journey, (j) => j.stages.reverse()),
    );
    applyJourneyToDoc(
      bob,
      edit(journey, (j) => j.stages.reverse()),
    );
    sync(alice, bob);
    expect(read(alice).stages.map((s) => s.id)).toEqual(read(bob).stages.map((s) => s.id));
    expect(read(alice).stages).toHaveLength(journey.stages.length);
  });

  it('reports a document that concurrent edits made invalid instead of returning it', () => {
    const journey = sample();
    const alice = docOf(journey);
    const bob = replicaOf(alice);
    const stage = nth(journey.stages, 0).id;
    // Alice deletes the stage's cards and the stage; Bob adds a card to it meanwhile.
    applyJourneyToDoc(
      alice,
      edit(journey, (j) => {
        const gone = new Set([...j.touchpoints, ...j.steps].filter((c) => c.stageId === stage).map((c) => c.id));
        j.stages = j.stages.filter((s) => s.id !== stage);
        j.touchpoints = j.touchpoints.filter((t) => !gone.has(t.id));
        j.steps = j.steps.filter((s) => !gone.has(s.id));
        j.connections = j.connections.filter((c) => !gone.has(c.from) && !gone.has(c.to));
      }),
    );
    applyJourneyToDoc(
      bob,
      edit(journey, (j) => {
        j.steps.push({
          id: 'step-bob',
          stageId: stage,
          laneId: nth(j.lanes, 0).id,
          title: 'Late card',
          position: { x: 1, y: 1 },
        });
      }),
    );
    sync(alice, bob);
    const result = journeyFromDoc(alice);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join()).toMatch(/stage/);
  });

  it('lets an UndoManager on the local origin undo only local edits', () => {
    const journey = sample();
    const alice = docOf(journey);
    const bob = replicaOf(alice);
    const undo = new Y.UndoManager(alice.getMap('journey'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    applyJourneyToDoc(
      alice,
      edit(journey, (j) => (j.title = 'Alice title')),
    );
    applyJourneyToDoc(
      bob,
      edit(journey, (j) => (nth(j.touchpoints, 0).title = 'Bob card')),
    );
    sync(alice, bob);
    undo.undo();
    const after = read(alice);
    expect(after.title).toBe(journey.title);
    expect(nth(after.touchpoints, 0).title).toBe('Bob card');
  });
});

describe('journeyBaseUpdate', () => {
  it('gives the same history for the same journey, so edits on two copies merge', () => {
    const journey = sample();
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, journeyBaseUpdate(journey));
    Y.applyUpdate(b, journeyBaseUpdate(structuredClone(journey)));
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    applyJourneyToDoc(
      a,
      edit(journey, (j) => (j.title = 'On copy A')),
    );
    applyJourneyToDoc(
      b,
      edit(journey, (j) => (nth(j.stages, 0).name = 'On copy B')),
    );
    sync(a, b);
    expect(read(a).title).toBe('On copy A');
    expect(nth(read(a).stages, 0).name).toBe('On copy B');
    expect(serializeJourneyV2(read(b))).toBe(serializeJourneyV2(read(a)));
  });

  it('writes a different journey under a different client id', () => {
    const journey = sample();
    const clientOf = (update: Uint8Array) => Y.decodeUpdate(update).structs[0]?.id.client;
    expect(clientOf(journeyBaseUpdate(journey))).not.toBe(
      clientOf(journeyBaseUpdate(edit(journey, (j) => (j.title = 'Other')))),
    );
  });
});
