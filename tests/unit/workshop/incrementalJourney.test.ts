/**
 * The incremental reader of the shared document (shared/workshop/incrementalJourney.ts) against
 * the whole read (journeyFromDoc): after every step of random edits on two replicas, raw writes
 * that break the map and concurrent edits merged included, both give the same journey or the
 * same problems, and every item no change touched is the object the reader gave before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadJourneyTextV2, type JourneyV2 } from '../../../shared/model/v2';
import { ITEMS_KEY, ORDER_KEY, applyJourneyToDoc, journeyFromDoc, journeyRoot } from '../../../shared/workshop';
import { readJourneyIncrementally } from '../../../shared/workshop/incrementalJourney';
import { guestJourney } from '../../bench/guestJourney';
import { VALID_V2_SAMPLE, readFixture } from '../../helpers/fixtures';

function sample(): JourneyV2 {
  const loaded = loadJourneyTextV2(readFixture(VALID_V2_SAMPLE));
  if (!loaded.ok) throw new Error('the v2 sample does not load');
  return loaded.journey;
}

const LISTS = ['personas', 'stages', 'lanes', 'touchpoints', 'steps', 'connections', 'channels'] as const;
type ListName = (typeof LISTS)[number];

function collection(doc: Y.Doc, list: ListName) {
  const map = journeyRoot(doc).get(list) as Y.Map<unknown>;
  return { items: map.get(ITEMS_KEY) as Y.Map<Y.Map<unknown>>, order: map.get(ORDER_KEY) as Y.Array<string> };
}

/** The id of the item at `index` (modulo) of a list, if it has any. */
function pick(doc: Y.Doc, list: ListName, index: number): string | undefined {
  const ids = [...collection(doc, list).items.keys()].sort();
  return ids.length === 0 ? undefined : ids[index % ids.length];
}

function setField(doc: Y.Doc, list: ListName, index: number, key: string, value: unknown): void {
  const id = pick(doc, list, index);
  if (id !== undefined) doc.transact(() => collection(doc, list).items.get(id)!.set(key, value));
}

/** Removes an item the way applyJourneyToDoc does (from the items and the order), raw. */
function removeItem(doc: Y.Doc, list: ListName, index: number): void {
  const id = pick(doc, list, index);
  if (id === undefined) return;
  const { items, order } = collection(doc, list);
  doc.transact(() => {
    items.delete(id);
    const at = order.toArray().indexOf(id);
    if (at >= 0) order.delete(at, 1);
  });
}

type Edit = (doc: Y.Doc, valid: JourneyV2) => void;

const editArbitrary: fc.Arbitrary<{ name: string; edit: Edit }> = fc.oneof(
  fc.record({ i: fc.nat(), title: fc.string() }).map(({ i, title }) => ({
    name: `title ${i} ${JSON.stringify(title)}`,
    edit: (doc: Y.Doc) => setField(doc, 'touchpoints', i, 'title', title),
  })),
  fc.record({ i: fc.nat(), severity: fc.integer({ min: -2, max: 8 }) }).map(({ i, severity }) => ({
    name: `severity ${i} ${severity}`,
    edit: (doc: Y.Doc) => {
      const id = pick(doc, 'touchpoints', i);
      const pains = id && (collection(doc, 'touchpoints').items.get(id)!.get('painPoints') as Y.Map<unknown>);
      const items = pains && (pains.get(ITEMS_KEY) as Y.Map<Y.Map<unknown>>);
      const first = items && [...items.values()][0];
      if (first) doc.transact(() => first.set('severity', severity));
    },
  })),
  fc.record({ list: fc.constantFrom(...LISTS), i: fc.nat() }).map(({ list, i }) => ({
    name: `remove ${list} ${i}`,
    edit: (doc: Y.Doc) => removeItem(doc, list, i),
  })),
  fc.record({ i: fc.nat(), to: fc.nat() }).map(({ i, to }) => ({
    name: `move ${i} to ${to}`,
    edit: (doc: Y.Doc) => {
      const { order } = collection(doc, 'touchpoints');
      if (order.length < 2) return;
      const from = i % order.length;
      const id = order.get(from);
      doc.transact(() => {
        order.delete(from, 1);
        order.insert(to % order.length, [id]);
      });
    },
  })),
  fc
    .record({ list: fc.constantFrom(...LISTS), i: fc.nat(), other: fc.constantFrom(...LISTS), j: fc.nat() })
    .map(({ list, i, other, j }) => ({
      name: `id of ${list} ${i} from ${other} ${j}`,
      edit: (doc: Y.Doc) => {
        const id = pick(doc, other, j);
        if (id !== undefined) setField(doc, list, i, 'id', id);
      },
    })),
  fc.nat().map((i) => ({
    name: `lone surrogate in step ${i}`,
    edit: (doc: Y.Doc) => setField(doc, 'steps', i, 'title', 'half \ud800 a character'),
  })),
  fc
    .constantFrom<[string, unknown]>(
      ['title', 5],
      ['title', 'Renamed'],
      ['x-extra', { nested: [1, 2] }],
      ['version', 3],
      ['description', '\udc00'],
    )
    .map(([key, value]) => ({
      name: `top ${key} ${JSON.stringify(value)}`,
      edit: (doc: Y.Doc) => journeyRoot(doc).set(key, value),
    })),
  fc.record({ i: fc.nat(), kind: fc.constantFrom('actions', 'touchpoints', 'nonsense') }).map(({ i, kind }) => ({
    name: `lane ${i} kind ${kind}`,
    edit: (doc: Y.Doc) => setField(doc, 'lanes', i, 'kind', kind),
  })),
  fc.record({ i: fc.nat(), j: fc.nat(), end: fc.constantFrom('from', 'to') }).map(({ i, j, end }) => ({
    name: `connection ${i} ${end} of ${j}`,
    edit: (doc: Y.Doc) => {
      const other = pick(doc, 'connections', j);
      const value = other && collection(doc, 'connections').items.get(other)!.get(end);
      if (value !== undefined) setField(doc, 'connections', i, end, value);
    },
  })),
  fc
    .record({
      i: fc.nat(),
      persona: fc.constantFrom('persona-child', 'persona-ghost'),
      rating: fc.integer({ min: -3, max: 3 }),
    })
    .map(({ i, persona, rating }) => ({
      name: `emotion ${i} ${persona} ${rating}`,
      edit: (doc: Y.Doc) => {
        const id = pick(doc, 'touchpoints', i);
        const emotions = id && (collection(doc, 'touchpoints').items.get(id)!.get('emotions') as Y.Map<unknown>);
        if (emotions) doc.transact(() => emotions.set(persona, rating));
      },
    })),
  fc.nat().map((i) => ({
    name: `add touchpoint ${i}`,
    edit: (doc: Y.Doc) => {
      const read = journeyFromDoc(doc);
      if (!read.ok || read.journey.touchpoints.length === 0) return;
      const copy = structuredClone(read.journey);
      const model = copy.touchpoints[i % copy.touchpoints.length]!;
      copy.touchpoints.splice(i % copy.touchpoints.length, 0, {
        ...structuredClone(model),
        id: `tp-new-${i}-${doc.clientID}`,
        painPoints: [],
        opportunities: [],
        metrics: [],
      });
      applyJourneyToDoc(doc, copy);
    },
  })),
  fc.constant({ name: 'back to the sample', edit: (doc: Y.Doc, valid: JourneyV2) => applyJourneyToDoc(doc, valid) }),
);

/** Which items' Y types changed since the last valid read, as the document's events say. */
function touchedItems(doc: Y.Doc) {
  const touched = new Map<string, Set<string>>();
  const lists = new Set<string>();
  journeyRoot(doc).observeDeep((events) => {
    for (const event of events) {
      const [list, part, id] = event.path as string[];
      if (list === undefined) {
        for (const key of event.changes.keys.keys()) lists.add(key);
        continue;
      }
      lists.add(list);
      const ids = touched.get(list) ?? new Set<string>();
      touched.set(list, ids);
      if (part === ITEMS_KEY && id !== undefined) ids.add(id);
      else if (part === ITEMS_KEY) for (const key of event.changes.keys.keys()) ids.add(key);
    }
  });
  return {
    touched,
    lists,
    clear() {
      touched.clear();
      lists.clear();
    },
  };
}

function replica(of: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(of));
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('readJourneyIncrementally', () => {
  it('reads what journeyFromDoc reads, with the same problems, after any edits on two replicas', () => {
    const valid = sample();
    fc.assert(
      fc.property(
        fc.array(fc.record({ on: fc.constantFrom(0, 1, 2), edit: editArbitrary }), { minLength: 1, maxLength: 25 }),
        (steps) => {
          const first = new Y.Doc();
          applyJourneyToDoc(first, valid);
          const docs = [first, replica(first)];
          const replicas = docs.map((doc) => ({
            doc,
            reader: readJourneyIncrementally(doc),
            touched: touchedItems(doc),
            last: null as JourneyV2 | null,
          }));
          for (const step of steps) {
            // 0 and 1 edit one replica (concurrently, until a sync); 2 merges the two.
            if (step.on === 2) sync(docs[0]!, docs[1]!);
            else step.edit.edit(docs[step.on]!, valid);
            for (const r of replicas) {
              const incremental = r.reader.read();
              const whole = journeyFromDoc(r.doc);
              expect(incremental).toEqual(whole);
              if (!incremental.ok) continue;
              const journey = incremental.journey;
              if (r.last) {
                for (const list of LISTS) {
                  const before = r.last[list] ?? [];
                  if (!r.touched.lists.has(list)) expect(journey[list]).toBe(r.last[list]);
                  const touched = r.touched.touched.get(list);
                  for (const item of journey[list] ?? []) {
                    const was = before.find((b) => b.id === item.id);
                    if (was && !touched?.has(item.id)) expect(item).toBe(was);
                  }
                }
              }
              r.last = journey;
              r.touched.clear();
            }
          }
          replicas.forEach((r) => r.reader.destroy());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an empty document holds no journey, in the words of journeyFromDoc', () => {
    const doc = new Y.Doc();
    const reader = readJourneyIncrementally(doc);
    expect(reader.read()).toEqual(journeyFromDoc(doc));
    expect(reader.read().ok).toBe(false);
    reader.destroy();
  });

  it('a remote title edit on a 300-card map gives back 299 cards and every other list as they were', () => {
    const doc = new Y.Doc();
    applyJourneyToDoc(doc, guestJourney(300, 'identity', 'Identity'));
    const reader = readJourneyIncrementally(doc);
    const before = reader.read();
    const remote = replica(doc);
    const card = collection(remote, 'touchpoints').items.get('t42')!;
    remote.transact(() => card.set('title', 'Renamed in the room'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)));
    const after = reader.read();
    if (!before.ok || !after.ok) throw new Error('the map should be valid');
    expect(after.journey.touchpoints[42]!.title).toBe('Renamed in the room');
    const kept = after.journey.touchpoints.filter((tp, i) => tp === before.journey.touchpoints[i]);
    expect(kept).toHaveLength(299);
    expect(after.journey.connections).toBe(before.journey.connections);
    expect(after.journey.stages).toBe(before.journey.stages);
    // Copies: the editor's objects are not the document's own values.
    expect(after.journey.touchpoints[42]!.position).not.toBe(card.get('position'));
    reader.destroy();
  });

  it('reports the problems of a touchpoint whose stage another participant deleted, then the repaired map', () => {
    const valid = sample();
    const a = new Y.Doc();
    applyJourneyToDoc(a, valid);
    const b = replica(a);
    const reader = readJourneyIncrementally(a);
    removeItem(
      b,
      'stages',
      valid.stages.findIndex((s) => s.id === 'stage-book'),
    );
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    const broken = reader.read();
    expect(broken.ok).toBe(false);
    expect(broken).toEqual(journeyFromDoc(a));
    if (!broken.ok) expect(broken.problems.map((p) => p.path)).toContain('touchpoints[0].stageId');
    applyJourneyToDoc(a, valid);
    expect(reader.read()).toEqual({ ok: true, journey: valid });
    reader.destroy();
  });
});
