/**
 * Structural sharing for a journey read back from the shared document: every part of `next` that
 * equals the same part of `previous` is replaced by `previous`'s object, so a remote change to one
 * card's title gives a journey in which every other card, stage and lane is the object the editor
 * already drew. Memoised cards then skip rendering (a remote edit on a 300-card map redrew all
 * of them). Items of arrays are matched by `id` where they have one, else by index.
 */
export function keepUnchanged<T>(previous: T, next: T): T {
  return share(previous, next) as T;
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const idOf = (value: unknown): string | undefined =>
  isPlain(value) && typeof value.id === 'string' ? value.id : undefined;

function share(previous: unknown, next: unknown): unknown {
  if (previous === next) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next);
  if (isPlain(previous) && isPlain(next)) return shareObject(previous, next);
  return next;
}

function shareArray(previous: unknown[], next: unknown[]): unknown[] {
  const byId = new Map<string, unknown>();
  for (const item of previous) {
    const id = idOf(item);
    if (id !== undefined) byId.set(id, item);
  }
  let same = previous.length === next.length;
  const out = next.map((item, i) => {
    const id = idOf(item);
    const before = id !== undefined ? byId.get(id) : previous[i];
    const shared = before === undefined ? item : share(before, item);
    if (shared !== previous[i]) same = false;
    return shared;
  });
  return same ? previous : out;
}

/** A key whose value is undefined is no key: the shared document (like a file) does not hold it. */
const definedKeys = (value: Plain) => Object.keys(value).filter((key) => value[key] !== undefined);

function shareObject(previous: Plain, next: Plain): Plain {
  const keys = definedKeys(next);
  let same = keys.length === definedKeys(previous).length;
  const out: Plain = {};
  for (const key of keys) {
    const had = Object.hasOwn(previous, key) && previous[key] !== undefined;
    const shared = had ? share(previous[key], next[key]) : next[key];
    if (!had || shared !== previous[key]) same = false;
    // Own data properties only: a key such as "__proto__" stays a plain key, as in `next`.
    Object.defineProperty(out, key, { value: shared, enumerable: true, writable: true, configurable: true });
  }
  return same ? previous : out;
}
