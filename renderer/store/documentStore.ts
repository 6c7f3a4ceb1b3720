/**
 * The document store: a factory (one fresh store per editor and per test) holding the journey,
 * what was last saved and the file it belongs to, with undo history through zundo. Components
 * only read it; its writer is held by the editor, whose command dispatcher is the one caller.
 */
import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FileRef } from '../../shared/host';
import { createJourney, type Journey } from '../../shared/model';

export const HISTORY_LIMIT = 200;
/** Consecutive changes merged into the same group within this window become one undo step (typing). */
export const MERGE_WINDOW_MS = 1000;

export interface DocumentState {
  journey: Journey;
  /** The document as last opened or saved; dirty means `journey !== savedJourney`. */
  savedJourney: Journey;
  file: FileRef | null;
}

/**
 * How a change enters undo history: a step of its own, merged into the step before it while
 * the same group repeats (typing in one field, repeated nudges), or not at all.
 */
export type HistoryIntent = { kind: 'step' } | { kind: 'merge'; group: string } | { kind: 'none' };

type ReadonlyStore<S> = Pick<StoreApi<S>, 'getState' | 'getInitialState' | 'subscribe'>;
type HistoryState = TemporalState<Pick<DocumentState, 'journey'>>;

/** What components may see of the document: its state and how far undo and redo reach. */
export interface DocumentStore extends ReadonlyStore<DocumentState> {
  readonly temporal: ReadonlyStore<Pick<HistoryState, 'pastStates' | 'futureStates'>>;
}

/** The only way to change the document; the editor's dispatcher holds it. */
export interface DocumentWriter {
  /** A changed journey, entering history as `history` says. No-op when `next` is the current journey. */
  commit(next: Journey, history: HistoryIntent): void;
  /** Replaces the document (New, Open, a restored draft): not an undo step, clears history. */
  load(journey: Journey, file: FileRef | null, options?: { modified?: boolean }): void;
  /**
   * Records a finished save of `saved`, which was made from `source`. If the user kept
   * editing while the save ran, their newer document stays and is still dirty.
   */
  markSaved(saved: Journey, source: Journey, file: FileRef): void;
  undo(): void;
  redo(): void;
}

export function createDocumentStore(initial: Journey = createJourney()): {
  store: DocumentStore;
  writer: DocumentWriter;
} {
  let lastMerge: { group: string; at: number } | null = null;
  const store = createStore<DocumentState>()(
    temporal((): DocumentState => ({ journey: initial, savedJourney: initial, file: null }), {
      partialize: (state) => ({ journey: state.journey }),
      equality: (past, current) => past.journey === current.journey,
      limit: HISTORY_LIMIT,
    }),
  );
  const history = () => store.temporal.getState();
  /** A change that history does not see. */
  const untracked = (patch: Partial<DocumentState>) => {
    history().pause();
    store.setState(patch);
    history().resume();
  };

  const writer: DocumentWriter = {
    commit(next, intent) {
      if (next === store.getState().journey) return;
      const now = Date.now();
      const group = intent.kind === 'merge' ? intent.group : null;
      const merge = group !== null && lastMerge?.group === group && now - lastMerge.at < MERGE_WINDOW_MS;
      lastMerge = group !== null ? { group, at: now } : null;
      if (merge || intent.kind === 'none') untracked({ journey: next });
      else store.setState({ journey: next });
    },
    load(journey, file, options) {
      // "Modified" (a restored draft): what was last saved is not this document.
      untracked({ journey, savedJourney: options?.modified ? { ...journey } : journey, file });
      history().clear();
      lastMerge = null;
    },
    markSaved(saved, source, file) {
      if (store.getState().journey !== source) {
        store.setState({ savedJourney: saved, file });
        return;
      }
      untracked({ journey: saved, savedJourney: saved, file });
      lastMerge = null;
    },
    undo() {
      history().undo();
      lastMerge = null;
    },
    redo() {
      history().redo();
      lastMerge = null;
    },
  };
  return { store, writer };
}

export const isDirty = (s: Pick<DocumentState, 'journey' | 'savedJourney'>) => s.journey !== s.savedJourney;
