/**
 * Compare mode's changes (shared/versions/compareView.ts) between the compared version and the
 * document as it is, worked out once per document version however many parts of the window
 * read them (the canvas marks, the change list, the report's section); null outside compare mode.
 */
// The compare view alone: the versions index also brings the merge and the diff's renderings.
import { compareJourneys, type CardMark, type CompareView } from '../../shared/versions/compareView';
import { useMemo, useSyncExternalStore } from 'react';
import type { Journey, Step, Touchpoint } from '../../shared/model';
import { useDocument, useEditor, useView } from './EditorContext';

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

/** Outside compare mode a card does not listen to the document at all. */
const listenToNothing = () => () => undefined;

/**
 * A card's mark in compare mode (added or changed), re-rendering the card only when its own mark
 * changes. Outside compare mode the card has no subscription to the document: every card had one,
 * and each document change (a remote edit 20 times a second in a workshop) ran them all.
 */
export function useCompareMark(cardId: string): CardMark | undefined {
  const other = useView((s) => s.compare?.other ?? null);
  const { document } = useEditor();
  return useSyncExternalStore(other ? document.subscribe : listenToNothing, () =>
    other ? compareViewOf(other, document.getState().journey).marks.get(cardId) : undefined,
  );
}

export interface CompareGhosts {
  touchpoints: readonly Touchpoint[];
  steps: readonly Step[];
}

/** Outside compare mode, or with nothing to draw: the same object every time. */
export const NO_COMPARE_GHOSTS: CompareGhosts = { touchpoints: [], steps: [] };

/**
 * The removed cards compare mode draws as ghosts: those whose stage and lane the open map still
 * has (the others are in the change list only). The same object while nothing changes.
 */
export function useCompareGhosts(): CompareGhosts {
  const view = useCompareView();
  const ghosts = view?.ghosts;
  return useMemo(() => {
    if (!ghosts) return NO_COMPARE_GHOSTS;
    const placed = ghosts.filter((g) => g.placeable);
    if (placed.length === 0) return NO_COMPARE_GHOSTS;
    return {
      touchpoints: placed.filter((g) => g.kind === 'touchpoint').map((g) => g.card as Touchpoint),
      steps: placed.filter((g) => g.kind === 'step').map((g) => g.card as Step),
    };
  }, [ghosts]);
}
