/**
 * The journey of a shared document, read again after each change at the cost of what changed
 * (docs/workshop.md "How a participant reads remote changes"). `journeyFromDoc` reads and
 * validates the whole document; a participant that does so on every remote edit spends tens of
 * milliseconds per edit on a 300-card map. This reader observes the document and keeps, per
 * item's Y.Map, its plain value and whether it passes its own schema; a change drops what it
 * touched (the changed type and every type above it), so the next read re-reads and re-checks
 * only those items. Everything else is the object it was before (===): a list whose items did
 * not change is the same list, so the editor redraws only the changed cards.
 *
 * The verdict is exactly `journeyFromDoc`'s: when every item and the top level pass on their
 * own, the whole passes the schema (model/v2/validate.ts says why), and the rules across items
 * (ids, references, lanes, connections) then run over the whole, as journeyFromDoc runs them.
 * When any part fails its schema, the whole value goes through `validateJourneyV2`, so the
 * problems and their paths are its own. (Such a state is a moment between concurrent edits.)
 */
import * as Y from 'yjs';
import { idsAreSoundV2, itemIdFieldsV2 } from '../model/v2/rules';
import type { JourneyV2 } from '../model/v2/types';
import {
  JOURNEY_ITEM_LISTS_V2,
  journeyItemPassesV2,
  journeyShellPassesV2,
  ruleProblemsV2,
  validateJourneyV2,
} from '../model/v2/validate';
import type { IdFieldV2 } from '../model/v2/walk';
import { JOURNEY_SHAPE, type ObjectShape } from './docShape';
import { keepUnchanged } from './keepUnchanged';
import {
  isCollectionMap,
  journeyFromDoc,
  journeyRoot,
  ownValue,
  readCollection,
  readField,
  setOwn,
  type JourneyFromDocResult,
} from './journeyDoc';

type JsonObject = Record<string, unknown>;

/** An item as last read: its plain value, whether it passed its own schema, and then its ids and references. */
interface ItemRead {
  value: JsonObject;
  passes: boolean;
  ids: readonly IdFieldV2[];
}

/** A collection as last read: its list (the journey's array), whether every item passed, their ids. */
interface ListRead {
  list: JsonObject[];
  passes: boolean;
  ids: (readonly IdFieldV2[])[];
}

export interface IncrementalJourneyReader {
  /** The journey the document holds now, with the verdict `journeyFromDoc` gives. */
  read(): JourneyFromDocResult;
  /** Stops observing the document. */
  destroy(): void;
}

const itemLists = new Set(JOURNEY_ITEM_LISTS_V2);

export function readJourneyIncrementally(doc: Y.Doc): IncrementalJourneyReader {
  const root = journeyRoot(doc);
  /** What was read of a Y type (an item's map, a collection's map) while nothing in it changed. */
  const items = new WeakMap<object, ItemRead>();
  const lists = new WeakMap<object, ListRead>();
  /** What was read of an item before a change touched it: the parts the change left are kept from it. */
  const before = new WeakMap<object, JsonObject>();
  const drop = (type: object) => {
    const read = items.get(type);
    if (read) before.set(type, read.value);
    items.delete(type);
    lists.delete(type);
  };

  // A change in a type changes every type above it: drop what was read of each, down the path.
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      let type: unknown = root;
      for (const key of event.path) {
        if (type instanceof Y.Map) type = (type as Y.Map<unknown>).get(String(key));
        else if (type instanceof Y.Array) type = (type as Y.Array<unknown>).get(Number(key));
        else break;
        if (!(type instanceof Y.AbstractType)) break;
        drop(type);
      }
      drop(event.target);
    }
  };
  root.observeDeep(observer);

  const readItem = (list: string, map: Y.Map<unknown>, shape: ObjectShape): ItemRead => {
    const known = items.get(map);
    if (known) return known;
    const fresh = {} as JsonObject;
    // Copied, so nothing the editor does to its journey can reach the document's own values.
    for (const [key, field] of map.entries()) setOwn(fresh, key, copyValue(readField(field, ownValue(shape, key))));
    // A changed card keeps the parts that did not change (its position, its pain points...).
    const previous = before.get(map);
    const value = previous ? keepUnchanged(previous, fresh) : fresh;
    before.delete(map);
    const passes = journeyItemPassesV2(list, value);
    const read = { value, passes, ids: passes ? itemIdFieldsV2(list, value) : [] };
    items.set(map, read);
    return read;
  };

  const readList = (list: string, collection: Y.Map<unknown>, shape: ObjectShape): ListRead => {
    const known = lists.get(collection);
    if (known) return known;
    let passes = true;
    const ids: (readonly IdFieldV2[])[] = [];
    const values = readCollection(collection, (map) => {
      const item = readItem(list, map, shape);
      passes &&= item.passes;
      ids.push(item.ids);
      return item.value;
    });
    const read = { list: values, passes, ids };
    lists.set(collection, read);
    return read;
  };

  return {
    read() {
      // No journey yet: journeyFromDoc says so in its own words.
      if (root.size === 0) return journeyFromDoc(doc);
      const value: JsonObject = {};
      let partsPass = true;
      const ids: (readonly IdFieldV2[])[] = [];
      for (const [key, field] of root.entries()) {
        const shape = ownValue(JOURNEY_SHAPE, key);
        if (shape?.kind === 'collection' && itemLists.has(key) && field instanceof Y.Map && isCollectionMap(field)) {
          const read = readList(key, field as Y.Map<unknown>, shape.item);
          partsPass &&= read.passes;
          ids.push(...read.ids);
          setOwn(value, key, read.list);
        } else {
          // A list the document does not hold as a collection is checked with the whole, below.
          if (itemLists.has(key)) partsPass = false;
          setOwn(value, key, copyValue(readField(field, shape)));
        }
      }
      if (!partsPass || !journeyShellPassesV2(value)) {
        const valid = validateJourneyV2(value);
        return valid.ok ? { ok: true, journey: valid.journey } : { ok: false, problems: valid.problems };
      }
      const journey = value as unknown as JourneyV2;
      // The id rules walk every item and word a path per id: with the ids kept per item, a
      // sound map costs a set lookup per id, and only a map with a problem is walked for it.
      const problems = ruleProblemsV2(journey, idsAreSoundV2(ids));
      return problems.length > 0 ? { ok: false, problems } : { ok: true, journey };
    },
    destroy() {
      root.unobserveDeep(observer);
    },
  };
}

/** A deep copy of a plain value, keys such as "__proto__" kept as plain keys. */
function copyValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyValue);
  const out: JsonObject = {};
  for (const [key, field] of Object.entries(value)) setOwn(out, key, copyValue(field));
  return out;
}
