/**
 * The three-way building blocks of the merge: one value, the fields of one object, and the
 * order of a list of ids. Pure; linear in the size of what they compare.
 */
import { jsonEqual } from './diffJourneys';

export type Fields = Record<string, unknown>;

/** Sets an own property, also for a key like `__proto__` that plain assignment would not make one. */
export function setOwn(target: Fields, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * The merged value of one field: what both sides agree on, else the side that changed it from
 * the base, else (both changed it differently) ours, flagged as a conflict. `undefined` is unset.
 */
export function mergeValue(base: unknown, ours: unknown, theirs: unknown): { value: unknown; conflict: boolean } {
  if (jsonEqual(ours, theirs)) return { value: ours, conflict: false };
  if (jsonEqual(base, ours)) return { value: theirs, conflict: false };
  if (jsonEqual(base, theirs)) return { value: ours, conflict: false };
  return { value: ours, conflict: true };
}

export interface FieldConflict {
  field: string;
  ours: unknown;
  theirs: unknown;
}

/**
 * Every field of one entity merged with `mergeValue` (unknown fields too), in ours' key order
 * then theirs' new keys; fields in `skip` are left to the caller. Each conflicting field goes to `report`.
 */
export function mergeFields(
  base: object | undefined,
  ours: object,
  theirs: object,
  skip: ReadonlySet<string>,
  report: (conflict: FieldConflict) => void,
): Fields {
  const b = (base ?? {}) as Fields;
  const o = ours as Fields;
  const t = theirs as Fields;
  const out: Fields = {};
  const keys = [...Object.keys(o), ...Object.keys(t).filter((k) => !Object.hasOwn(o, k))];
  for (const key of keys) {
    if (skip.has(key)) continue;
    const bv = Object.hasOwn(b, key) ? b[key] : undefined;
    const tv = Object.hasOwn(t, key) ? t[key] : undefined;
    const merged = mergeValue(bv, o[key], tv);
    if (merged.value !== undefined) setOwn(out, key, merged.value);
    if (merged.conflict) report({ field: key, ours: o[key], theirs: tv });
  }
  return out;
}

/** The fields of `side` that differ from `base` (for an entity one side changed and the other removed). */
export function changedFields(base: object, side: object, skip: ReadonlySet<string>): string[] {
  const b = base as Fields;
  const s = side as Fields;
  const keys = [...Object.keys(s), ...Object.keys(b).filter((k) => !Object.hasOwn(s, k))];
  return keys.filter(
    (k) => !skip.has(k) && !jsonEqual(Object.hasOwn(b, k) ? b[k] : undefined, Object.hasOwn(s, k) ? s[k] : undefined),
  );
}

/** The ids of `list` that are also in `other`, in `list`'s order. */
function shared(list: readonly string[], other: ReadonlySet<string>): string[] {
  return list.filter((id) => other.has(id));
}

function sameSequence(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Whether `side` put the ids it shares with `base` in another order. */
export function reordered(base: readonly string[], side: readonly string[]): boolean {
  return !sameSequence(shared(base, new Set(side)), shared(side, new Set(base)));
}

/**
 * The merged order of a list whose kept ids are `keep`. A reorder on one side only is taken;
 * when both reordered differently ours wins and `conflict` says so. Ids the chosen order lacks
 * (added on the other side, or kept although the chosen side removed them) go after the
 * nearest id before them in their own side's order (at the end when nothing of the chosen order
 * follows them there), past the chosen side's own additions, so an entity added on each side at
 * the same place keeps both, ours first.
 */
export function mergeOrder3(
  base: readonly string[],
  ours: readonly string[],
  theirs: readonly string[],
  keep: ReadonlySet<string>,
): { order: string[]; conflict: boolean } {
  const oursMoved = reordered(base, ours);
  const theirsMoved = reordered(base, theirs);
  const conflict = oursMoved && theirsMoved && reordered(ours, theirs);
  const skeleton = (theirsMoved && !oursMoved ? theirs : ours).filter((id) => keep.has(id));
  const inBase = new Set(base);
  // runEnd[i]: the last index of the run of additions (ids not in base) right after skeleton[i].
  const runEnd = new Array<number>(skeleton.length);
  for (let i = skeleton.length - 1; i >= 0; i--) {
    runEnd[i] = i + 1 < skeleton.length && !inBase.has(skeleton[i + 1]!) ? runEnd[i + 1]! : i;
  }
  const skeletonIndex = new Map(skeleton.map((id, i) => [id, i]));
  const anchorFor = (anchor: string | null): string | null => {
    const i = anchor === null ? undefined : skeletonIndex.get(anchor);
    return i === undefined ? anchor : skeleton[runEnd[i]!]!;
  };
  const placed = new Set(skeleton);
  const after = new Map<string | null, string[]>();
  const last = skeleton.length > 0 ? skeleton[skeleton.length - 1]! : null;
  for (const source of [ours, theirs, base]) {
    // Past the last id the source shares with the chosen order, additions go at the end.
    let tail = source.length;
    while (tail > 0 && !skeletonIndex.has(source[tail - 1]!)) tail--;
    let anchor: string | null = null;
    for (let i = 0; i < source.length; i++) {
      const id = source[i]!;
      if (!keep.has(id)) continue;
      if (!placed.has(id)) {
        const at = i >= tail && (anchor === null || skeletonIndex.has(anchor)) ? last : anchorFor(anchor);
        const list = after.get(at);
        if (list) list.push(id);
        else after.set(at, [id]);
        placed.add(id);
      }
      anchor = id;
    }
  }
  // Depth first, without recursion: a side may have added thousands of ids in one chain.
  const order: string[] = [];
  const stack: string[] = [];
  const drain = () => {
    while (stack.length > 0) {
      const id = stack.pop()!;
      order.push(id);
      const children = after.get(id);
      if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  };
  const pushChildren = (key: string | null) => {
    const children = after.get(key);
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  pushChildren(null);
  drain();
  for (const id of skeleton) {
    stack.push(id);
    drain();
  }
  return { order, conflict };
}
