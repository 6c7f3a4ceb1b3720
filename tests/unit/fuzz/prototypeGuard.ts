/** Catches prototype pollution: what Object.prototype and Array.prototype look like before any test ran. */
const snapshot = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort().join(','),
  array: Object.getOwnPropertyNames(Array.prototype).sort().join(','),
});
const before = snapshot();

/** Throws if anything was added to the shared prototypes, or a plain object grew inherited data. */
export function assertNoPrototypePollution(): void {
  const now = snapshot();
  if (now.object !== before.object || now.array !== before.array)
    throw new Error(`prototype polluted: ${now.object} / ${now.array}`);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'level'])
    if (probe[key] !== undefined) throw new Error(`Object.prototype.${key} is set`);
}
