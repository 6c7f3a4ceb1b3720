/**
 * The difference between two versions of a journey (both version 2 documents; a version 1 file
 * is migrated before it gets here), pure. Entities are matched by id; the changes come in
 * journey order: the journey's own fields, personas, stages, lanes, then the cards in journey
 * order (each touchpoint followed by its pain points, opportunities and metrics), connections
 * in the order of the cards they leave, channels. Something removed is listed where it was.
 */
import { diffArrays } from 'diff';
import { orderCardsV2, type Card, type JourneyV2 } from '../model/v2';
import type { DiffChange, DiffEntity, JourneyDiff } from './types';
import { NOT_JOURNEY_FIELDS } from './journeyKeys';

type Fields = Record<string, unknown>;

/** Equality of JSON values (what a file can hold). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Fields)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Fields)[k] !== undefined);
  return (
    ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Fields)[k], (b as Fields)[k]))
  );
}

/**
 * The ids of the new order with each id only in the old one put back after the nearest id
 * before it (in the old order) that is still there, so a removed thing is listed where it was.
 */
export function mergeOrder(oldIds: readonly string[], newIds: readonly string[]): string[] {
  const inNew = new Set(newIds);
  const after = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const id of oldIds) {
    if (inNew.has(id)) anchor = id;
    else {
      const list = after.get(anchor);
      if (list) list.push(id);
      else after.set(anchor, [id]);
    }
  }
  const merged = [...(after.get(null) ?? [])];
  for (const id of newIds) merged.push(id, ...(after.get(id) ?? []));
  return merged;
}

/** A `changed` per field that differs; `skip` names fields compared elsewhere (or never). */
function fieldChanges(
  entity: DiffEntity,
  id: string,
  before: object,
  after: object,
  skip: ReadonlySet<string>,
  parentId?: string,
): DiffChange[] {
  const b = before as Fields;
  const a = after as Fields;
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !Object.hasOwn(b, k))];
  const changes: DiffChange[] = [];
  for (const field of keys) {
    if (skip.has(field) || jsonEqual(b[field], a[field])) continue;
    changes.push(change('changed', entity, id, { parentId, field, before: b[field], after: a[field] }));
  }
  return changes;
}

function change(op: DiffChange['op'], entity: DiffEntity, id: string, rest: Partial<DiffChange> = {}): DiffChange {
  const result: DiffChange = { op, entity, id };
  if (rest.parentId !== undefined) result.parentId = rest.parentId;
  if (rest.field !== undefined) result.field = rest.field;
  if (rest.before !== undefined) result.before = rest.before;
  if (rest.after !== undefined) result.after = rest.after;
  return result;
}

/**
 * A list of entities matched by id: added, removed, changed fields and, when `ordered`, a move
 * in the order as one `index` change for each entity that left the longest common order
 * (moving one stage to the front is one move, not a shift of every other stage).
 */
function listChanges<T extends { id: string }>(
  entity: DiffEntity,
  before: readonly T[],
  after: readonly T[],
  options: { ordered: boolean; skip?: ReadonlySet<string> },
): DiffChange[] {
  const oldById = new Map(before.map((item, index) => [item.id, { item, index }]));
  const newById = new Map(after.map((item, index) => [item.id, { item, index }]));
  const moved = new Set<string>();
  if (options.ordered) {
    const common = (list: readonly T[], other: Map<string, unknown>) =>
      list.map((x) => x.id).filter((id) => other.has(id));
    for (const part of diffArrays(common(before, newById), common(after, oldById))) {
      if (part.removed) for (const id of part.value) moved.add(id);
    }
  }
  const changes: DiffChange[] = [];
  const ids = mergeOrder(
    before.map((x) => x.id),
    after.map((x) => x.id),
  );
  for (const id of ids) {
    const o = oldById.get(id);
    const n = newById.get(id);
    if (!o) changes.push(change('added', entity, id, { after: n!.item }));
    else if (!n) changes.push(change('removed', entity, id, { before: o.item }));
    else {
      if (moved.has(id))
        changes.push(change('changed', entity, id, { field: 'index', before: o.index, after: n.index }));
      changes.push(...fieldChanges(entity, id, o.item, n.item, options.skip ?? ID));
    }
  }
  return changes;
}

const ID = new Set(['id']);
const TOUCHPOINT_SKIP = new Set(['id', 'emotions', 'painPoints', 'opportunities', 'metrics']);
const ANNOTATIONS = [
  ['painPoints', 'painPoint'],
  ['opportunities', 'opportunity'],
  ['metrics', 'metric'],
] as const;

type Touchpoint = JourneyV2['touchpoints'][number];
interface Annotation {
  item: { id: string };
  parentId: string;
}

function annotationsById(journey: JourneyV2, list: (typeof ANNOTATIONS)[number][0]): Map<string, Annotation> {
  const byId = new Map<string, Annotation>();
  for (const tp of journey.touchpoints) for (const item of tp[list]) byId.set(item.id, { item, parentId: tp.id });
  return byId;
}

/**
 * The pain points, opportunities and metrics of one touchpoint. One that moved to another
 * touchpoint is a `parentId` change listed under its new touchpoint; those of an added or a
 * removed touchpoint are part of it (its `after` or `before`), not listed one by one.
 */
function annotationChanges(
  oldTp: Touchpoint | undefined,
  newTp: Touchpoint | undefined,
  all: { old: Map<string, Annotation>; new: Map<string, Annotation> }[],
): DiffChange[] {
  const changes: DiffChange[] = [];
  ANNOTATIONS.forEach(([list, entity], kind) => {
    const { old: oldAll, new: newAll } = all[kind]!;
    const ids = mergeOrder(oldTp?.[list].map((x) => x.id) ?? [], newTp?.[list].map((x) => x.id) ?? []);
    for (const id of ids) {
      const o = oldAll.get(id);
      const n = newAll.get(id);
      if (n && n.parentId === newTp?.id) {
        if (o) {
          if (o.parentId !== n.parentId) {
            changes.push(
              change('changed', entity, id, {
                parentId: n.parentId,
                field: 'parentId',
                before: o.parentId,
                after: n.parentId,
              }),
            );
          }
          changes.push(...fieldChanges(entity, id, o.item, n.item, ID, n.parentId));
        } else if (oldTp) changes.push(change('added', entity, id, { parentId: n.parentId, after: n.item }));
      } else if (o && !n && newTp)
        changes.push(change('removed', entity, id, { parentId: o.parentId, before: o.item }));
    }
  });
  return changes;
}

function emotionChanges(oldTp: Touchpoint, newTp: Touchpoint, personaOrder: readonly string[]): DiffChange[] {
  const rank = new Map(personaOrder.map((id, i) => [id, i]));
  const keys = [...new Set([...Object.keys(oldTp.emotions), ...Object.keys(newTp.emotions)])].sort(
    (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity),
  );
  return keys
    .filter((key) => oldTp.emotions[key] !== newTp.emotions[key])
    .map((key) =>
      change('changed', 'touchpoint', newTp.id, {
        field: `emotions.${key}`,
        before: oldTp.emotions[key],
        after: newTp.emotions[key],
      }),
    );
}

function cardChanges(before: JourneyV2, after: JourneyV2, personaOrder: readonly string[]) {
  const oldCards = orderCardsV2(before);
  const newCards = orderCardsV2(after);
  const key = (c: Card) => `${c.kind}:${c.card.id}`;
  const oldByKey = new Map(oldCards.map((c) => [key(c), c]));
  const newByKey = new Map(newCards.map((c) => [key(c), c]));
  const order = mergeOrder(oldCards.map(key), newCards.map(key));
  const all = ANNOTATIONS.map(([list]) => ({ old: annotationsById(before, list), new: annotationsById(after, list) }));
  const changes: DiffChange[] = [];
  for (const k of order) {
    const o = oldByKey.get(k);
    const n = newByKey.get(k);
    const card = (n ?? o)!;
    const entity = card.kind;
    if (!o) changes.push(change('added', entity, card.card.id, { after: card.card }));
    else if (!n) changes.push(change('removed', entity, card.card.id, { before: card.card }));
    else if (o.kind === 'touchpoint' && n.kind === 'touchpoint') {
      changes.push(...fieldChanges('touchpoint', n.card.id, o.card, n.card, TOUCHPOINT_SKIP));
      changes.push(...emotionChanges(o.card, n.card, personaOrder));
    } else changes.push(...fieldChanges(entity, card.card.id, o.card, n.card, ID));
    // Annotations that moved into or out of an added or removed touchpoint are still listed.
    if (card.kind === 'touchpoint') {
      changes.push(
        ...annotationChanges(
          o?.kind === 'touchpoint' ? o.card : undefined,
          n?.kind === 'touchpoint' ? n.card : undefined,
          all,
        ),
      );
    }
  }
  return { changes, cardRank: new Map(order.map((k, i) => [k.slice(k.indexOf(':') + 1), i])) };
}

/** Connections in the journey order of the card they leave, then of the card they reach. */
function connectionChanges(before: JourneyV2, after: JourneyV2, cardRank: Map<string, number>): DiffChange[] {
  const changes = listChanges('connection', before.connections, after.connections, { ordered: false });
  const ends = new Map([...before.connections, ...after.connections].map((c) => [c.id, c]));
  const rank = (id: string) => cardRank.get(id) ?? Infinity;
  const sortKey = (c: DiffChange) => {
    const conn = ends.get(c.id)!;
    return [rank(conn.from), rank(conn.to)] as const;
  };
  return changes
    .map((c, i) => ({ c, i, k: sortKey(c) }))
    .sort((x, y) => x.k[0] - y.k[0] || x.k[1] - y.k[1] || x.i - y.i)
    .map((x) => x.c);
}

export function diffJourneys(before: JourneyV2, after: JourneyV2): JourneyDiff {
  const personaOrder = mergeOrder(
    before.personas.map((p) => p.id),
    after.personas.map((p) => p.id),
  );
  const cards = cardChanges(before, after, personaOrder);
  const changes = [
    ...fieldChanges('journey', after.id, before, after, NOT_JOURNEY_FIELDS),
    ...listChanges('persona', before.personas, after.personas, { ordered: true }),
    ...listChanges('stage', before.stages, after.stages, { ordered: true }),
    ...listChanges('lane', before.lanes, after.lanes, { ordered: true }),
    ...cards.changes,
    ...connectionChanges(before, after, cards.cardRank),
    ...listChanges('channel', before.channels ?? [], after.channels ?? [], { ordered: false }),
  ];
  const count = (op: DiffChange['op']) => changes.filter((c) => c.op === op).length;
  return {
    old: { id: before.id, title: before.title },
    new: { id: after.id, title: after.title },
    summary: { added: count('added'), removed: count('removed'), changed: count('changed') },
    changes,
  };
}
