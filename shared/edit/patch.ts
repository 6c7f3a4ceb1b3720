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
