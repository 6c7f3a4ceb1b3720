import { useState } from 'react';

/**
 * `next` reconciled with what this hook returned last time: objects that did not change keep
 * their identity (reconcile.ts), so memoised nodes and flows skip rendering. State set during
 * render, as React allows for values derived from props, so nothing is kept outside React.
 */
export function useStable<T, X = undefined>(
  next: T[],
  reconcile: (previous: T[], next: T[], extra: X) => T[],
  extra: X,
): T[] {
  const [stable, setStable] = useState(() => ({ next, extra, result: reconcile([], next, extra) }));
  if (stable.next === next && stable.extra === extra) return stable.result;
  const result = reconcile(stable.result, next, extra);
  setStable({ next, extra, result });
  return result;
}
