/**
 * A version 2 journey to and from a Y.Doc, in the shape docShape.ts describes.
 *
 * `applyJourneyToDoc` writes only what differs from the document (a changed field, an added or
 * removed item, the fewest moves in an order), in one transaction with the caller's origin, so a
 * Y.UndoManager tracking that origin undoes exactly that edit and remote changes to other fields
 * are left alone. `journeyFromDoc` reads the document back and validates it: a document that
 * concurrent edits left inconsistent (a touchpoint in a stage someone else deleted) comes back
 * as problems, never as a journey.
 */
import * as Y from 'yjs';
import type { Problem } from '../model/types';
import type { JourneyV2 } from '../model/v2/types';
import { serializeJourneyV2 } from '../model/v2/serialize';
import { validateJourneyV2 } from '../model/v2/validate';
import { ITEMS_KEY, JOURNEY_ROOT, JOURNEY_SHAPE, ORDER_KEY, type FieldShape, type ObjectShape } from './docShape';
import { keptInOrder } from './order';

type JsonObject = Record<string, unknown>;
type WithId = JsonObject & { id: string };

export type JourneyFromDocResult = { ok: true; journey: JourneyV2 } | { ok: false; problems: Problem[] };

/** The origin of edits made by this process, when the caller does not name its own. */
export const LOCAL_ORIGIN = Symbol('journey-studio local edit');

export function journeyRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(JOURNEY_ROOT);
}

/** True once a journey has been written to the document. */
export function docHoldsJourney(doc: Y.Doc): boolean {
  return journeyRoot(doc).size > 0;
}

/**
 * Brings the document to `journey` with the fewest changes, in one transaction with `origin`.
 * The objects given are copied into the document by value: the caller may keep them.
 */
export function applyJourneyToDoc(doc: Y.Doc, journey: JourneyV2, origin: unknown = LOCAL_ORIGIN): void {
  doc.transact(() => writeObject(journeyRoot(doc), journey as unknown as JsonObject, JOURNEY_SHAPE), origin);
}

/**
 * A journey as the first state of a shared document, the same bytes wherever it is made from
 * the same journey: written by a client id derived from the journey's file text. Two hosts that
 * start from one file (several `serve` instances through Redis), or a host that lost its log,
 * then share one history, so the participants' later edits merge instead of competing with two
 * unrelated copies of the map. A different journey gets a different id (a 32-bit hash), so no
 * id is used for two different histories.
 */
export function journeyBaseUpdate(journey: JourneyV2): Uint8Array {
  const base = new Y.Doc({ gc: true });
  base.clientID = fnv1a32(serializeJourneyV2(journey));
  applyJourneyToDoc(base, journey, LOCAL_ORIGIN);
  const update = Y.encodeStateAsUpdate(base);
  base.destroy();
  return update;
}

/** FNV-1a over UTF-16 code units: small, stable, and spread well enough for an id. */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The plain value the document holds (unchecked); `undefined` for a document with no journey yet. */
export function readJourneyValue(doc: Y.Doc): JsonObject | undefined {
  const root = journeyRoot(doc);
  return root.size === 0 ? undefined : readObject(root, JOURNEY_SHAPE);
}

/**
 * The journey the document holds, validated as a version 2 file is. The objects returned share
 * structure with the document's values: treat them as immutable.
 */
export function journeyFromDoc(doc: Y.Doc): JourneyFromDocResult {
  const value = readJourneyValue(doc);
  if (value === undefined)
    return { ok: false, problems: [{ path: '', message: 'the shared document holds no journey' }] };
  const valid = validateJourneyV2(value);
  return valid.ok ? { ok: true, journey: valid.journey } : { ok: false, problems: valid.problems };
}

function writeObject(target: Y.Map<unknown>, value: JsonObject, shape: ObjectShape): void {
  for (const key of [...target.keys()]) {
    if (ownValue(value, key) === undefined) target.delete(key);
  }
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    const fieldShape = ownValue(shape, key);
    const current = target.get(key);
    if (fieldShape?.kind === 'collection' && isListOfItems(field)) {
      writeCollection(childMap(target, key, current, true), field, fieldShape.item);
    } else if (fieldShape?.kind === 'record' && isPlainObject(field)) {
      writeRecord(childMap(target, key, current, false), field);
    } else if (current instanceof Y.AbstractType || !jsonEqual(current, field)) {
      // An atomic value (or a list that is not a list of items, kept as it is so nothing is lost).
      target.set(key, copyJson(field));
    }
  }
}

/** The nested map at `key`, made (as a collection with its order and items, or empty) when missing. */
function childMap(parent: Y.Map<unknown>, key: string, current: unknown, collection: boolean): Y.Map<unknown> {
  if (current instanceof Y.Map && (!collection || isCollectionMap(current))) return current as Y.Map<unknown>;
  const made = new Y.Map<unknown>();
  parent.set(key, made);
  if (collection) {
    made.set(ORDER_KEY, new Y.Array<string>());
    made.set(ITEMS_KEY, new Y.Map<unknown>());
  }
  return made;
}

/** A collection as writeCollection makes it: an order and the items. */
export function isCollectionMap(map: Y.Map<unknown>): boolean {
  return map.get(ORDER_KEY) instanceof Y.Array && map.get(ITEMS_KEY) instanceof Y.Map;
}

function writeCollection(collection: Y.Map<unknown>, list: WithId[], itemShape: ObjectShape): void {
  const items = collection.get(ITEMS_KEY) as Y.Map<unknown>;
  const order = collection.get(ORDER_KEY) as Y.Array<string>;
  const ids = new Set(list.map((item) => item.id));
  for (const id of [...items.keys()]) {
    if (!ids.has(id)) items.delete(id);
  }
  for (const item of list) {
    let map = items.get(item.id);
    if (!(map instanceof Y.Map)) {
      map = new Y.Map<unknown>();
      items.set(item.id, map);
    }
    writeObject(map as Y.Map<unknown>, item, itemShape);
  }
  writeOrder(
    order,
    list.map((item) => item.id),
  );
}

/** Changes `order` into `wanted`: removes what is not wanted, keeps the longest run already in order, moves the rest. */
function writeOrder(order: Y.Array<string>, wanted: string[]): void {
  const current = order.toArray();
  if (current.length === wanted.length && current.every((id, index) => id === wanted[index])) return;
  const { keep, removeIndices } = keptInOrder(current, wanted);
  // From the end, so earlier indices stay right; runs of neighbours go in one delete.
  let end = removeIndices.length - 1;
  while (end >= 0) {
    const last = removeIndices[end] ?? 0;
    let first = last;
    while (end > 0 && removeIndices[end - 1] === first - 1) first = removeIndices[--end] ?? first;
    order.delete(first, last - first + 1);
    end--;
  }
  let index = 0;
  let kept = 0;
  for (const id of wanted) {
    if (keep[kept] === id) kept++;
    else order.insert(index, [id]);
    index++;
  }
}

function writeRecord(target: Y.Map<unknown>, value: JsonObject): void {
  for (const key of [...target.keys()]) {
    if (ownValue(value, key) === undefined) target.delete(key);
  }
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined && !jsonEqual(target.get(key), field)) target.set(key, copyJson(field));
  }
}

/** The plain value of a map of the document, in `shape` (its collections read as lists). */
export function readObject(map: Y.Map<unknown>, shape: ObjectShape): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of map.entries()) setOwn(out, key, readField(value, ownValue(shape, key)));
  return out;
}

/** The plain value of one field of a map: a collection as a list, a map as an object, else as it is. */
export function readField(value: unknown, fieldShape: FieldShape | undefined): unknown {
  if (value instanceof Y.Map && fieldShape?.kind === 'collection' && isCollectionMap(value))
    return readCollection(value as Y.Map<unknown>, (item) => readObject(item, fieldShape.item));
  if (value instanceof Y.Map) return readObject(value as Y.Map<unknown>, {});
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

/**
 * The items in the order's order, each as `readItem` reads it. Concurrent moves of one item can
 * leave its id twice in the order (the first counts); an item added while another client rewrote
 * the order may be missing from it (such items follow, by id, so every replica reads the same list).
 */
export function readCollection<T>(collection: Y.Map<unknown>, readItem: (item: Y.Map<unknown>) => T): T[] {
  const items = collection.get(ITEMS_KEY) as Y.Map<unknown>;
  const order = collection.get(ORDER_KEY) as Y.Array<string>;
  const seen = new Set<string>();
  const out: T[] = [];
  const take = (id: string) => {
    if (seen.has(id)) return;
    const item = items.get(id);
    if (!(item instanceof Y.Map)) return;
    seen.add(id);
    out.push(readItem(item as Y.Map<unknown>));
  };
  for (const id of order) take(id);
  if (seen.size < items.size) {
    for (const id of [...items.keys()].filter((key) => !seen.has(key)).sort()) take(id);
  }
  return out;
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isListOfItems(value: unknown): value is WithId[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (!isPlainObject(item) || typeof item.id !== 'string' || ids.has(item.id)) return false;
    ids.add(item.id);
  }
  return true;
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => jsonEqual(item, other[index]));
  }
  const left = a as JsonObject;
  const right = b as JsonObject;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  // Key order counts: it is what the file keeps for unknown keys.
  return (
    keys.length === otherKeys.length &&
    keys.every((key, index) => key === otherKeys[index] && jsonEqual(left[key], right[key]))
  );
}

/** An own property only: a file may hold keys such as "toString" or "__proto__". */
export function ownValue<T>(object: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Assignment that makes "__proto__" an ordinary key, as JSON.parse does, instead of a prototype. */
export function setOwn(object: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy, so later changes to the caller's objects never reach the document's values. */
function copyJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const out: JsonObject = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) setOwn(out, key, copyJson(field));
  return out;
}
