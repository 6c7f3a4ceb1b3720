/**
 * Applies a patch to a record. A key patched to `undefined` is removed rather than kept as an
 * undefined property, so clearing an optional field (evidence, owner, emotion) leaves no trace.
 */
export function applyPatch<T extends object>(item: T, patch: object): T {
  const next = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

/** Whether applying `patch` to `item` would change nothing (so an edit can skip an empty undo step). */
export function patchChangesNothing(item: object, patch: object): boolean {
  const current = item as Record<string, unknown>;
  return Object.entries(patch).every(([key, value]) =>
    value === undefined ? !(key in current) || current[key] === undefined : Object.is(current[key], value),
  );
}

/** The keys of `T` that hold lists of records (a touchpoint's pain points, opportunities, metrics). */
export type RecordListKeys<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends readonly (infer Item)[] ? (Item extends object ? K : never) : never;
}[keyof T];

/**
 * A change to a record's own fields, read from its schema-inferred type: every field but its id
 * and its lists of child records (those have their own edits). `undefined` clears an optional field.
 */
export type Patch<T> = Partial<Omit<T, 'id' | RecordListKeys<T>>>;
