/**
 * Compare mode's changes (shared/versions/compareView.ts) between the compared version and the
 * document as it is, worked out once per document version however many parts of the window
 * read them (the canvas marks, the change list, the report's section); null outside compare mode.
 */
import { compareJourneys, type CardMark, type CompareView } from '../../shared/versions';
import { useMemo } from 'react';
import type { Journey, Touchpoint } from '../../shared/model';
import { useDocument, useView } from './EditorContext';

const cache = new WeakMap<Journey, { journey: Journey; view: CompareView }>();

export function compareViewOf(other: Journey, journey: Journey): CompareView {
  const hit = cache.get(other);
  if (hit && hit.journey === journey) return hit.view;
  const view = compareJourneys(other, journey);
  cache.set(other, { journey, view });
  return view;
}

export function useCompareView(): CompareView | null {
  const other = useView((s) => s.compare?.other ?? null);
  const journey = useDocument((s) => s.journey);
  return other ? compareViewOf(other, journey) : null;
}

/** A card's mark in compare mode (added or changed), re-rendering the card only when its own mark changes. */
export function useCompareMark(cardId: string): CardMark | undefined {
  const other = useView((s) => s.compare?.other ?? null);
  return useDocument((s) => (other ? compareViewOf(other, s.journey).marks.get(cardId) : undefined));
}

const NO_GHOSTS: readonly Touchpoint[] = [];

/**
 * The removed touchpoints compare mode draws as ghosts: those whose stage and lane the open map
 * still has (the others are in the change list only). The same array while nothing changes.
 */
export function useCompareGhosts(): readonly Touchpoint[] {
  const view = useCompareView();
  const ghosts = view?.ghosts;
  return useMemo(
    () =>
      ghosts
        ? ghosts.filter((g) => g.kind === 'touchpoint' && g.placeable).map((g) => g.card as Touchpoint)
        : NO_GHOSTS,
    [ghosts],
  );
}
