/**
 * The editor store: a factory (one fresh store per window and per test) holding the
 * document, the file it came from and UI-only state. Only `journey` enters undo history.
 */
import { temporal } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FileRef } from '../../shared/host';
import { createJourney, type Journey } from '../../shared/model';

export const HISTORY_LIMIT = 200;
/** Consecutive edits with the same merge key within this window become one undo step (typing). */
export const MERGE_WINDOW_MS = 1000;

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface EditorState {
  journey: Journey;
  /** The document as last opened or saved; dirty means `journey !== savedJourney`. */
  savedJourney: Journey;
  file: FileRef | null;
  /** Selected touchpoint and connection ids (UI only, never saved). */
  selection: string[];
  notices: Notice[];
  /** Changes the document as one undo step, or merges into the previous step when `mergeKey` repeats. */
  applyEdit(edit: (journey: Journey) => Journey, options?: { mergeKey?: string }): void;
  /** Replaces the document (New, Open): not an undo step, clears history. */
  loadDocument(journey: Journey, file: FileRef | null): void;
  /**
   * Records a finished save of `saved`, which was made from `source`. If the user kept
   * editing while the save ran, their newer document stays and is still dirty.
   */
  markSaved(saved: Journey, source: Journey, file: FileRef): void;
  setSelection(ids: string[]): void;
  notify(kind: Notice['kind'], text: string): void;
  dismissNotice(id: number): void;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

export function createEditorStore(initial: Journey = createJourney()) {
  let lastMerge: { key: string; at: number } | null = null;
  let noticeId = 0;
  const store = createStore<EditorState>()(
    temporal(
      (set, get) => ({
        journey: initial,
        savedJourney: initial,
        file: null,
        selection: [],
        notices: [],
        applyEdit(edit, options) {
          const before = get().journey;
          const after = edit(before);
          if (after === before) return;
          const now = Date.now();
          const merge =
            options?.mergeKey !== undefined &&
            lastMerge?.key === options.mergeKey &&
            now - lastMerge.at < MERGE_WINDOW_MS;
          lastMerge = options?.mergeKey !== undefined ? { key: options.mergeKey, at: now } : null;
          const history = store.temporal.getState();
          if (merge) history.pause();
          set({ journey: after });
          if (merge) history.resume();
        },
        loadDocument(journey, file) {
          const history = store.temporal.getState();
          history.pause();
          set({ journey, savedJourney: journey, file, selection: [] });
          history.resume();
          history.clear();
          lastMerge = null;
        },
        markSaved(saved, source, file) {
          if (get().journey !== source) {
            set({ savedJourney: saved, file });
            return;
          }
          const history = store.temporal.getState();
          history.pause();
          set({ journey: saved, savedJourney: saved, file });
          history.resume();
          lastMerge = null;
        },
        setSelection(ids) {
          set({ selection: ids });
        },
        notify(kind, text) {
          const id = ++noticeId;
          set({ notices: [...get().notices, { id, kind, text }].slice(-4) });
        },
        dismissNotice(id) {
          set({ notices: get().notices.filter((n) => n.id !== id) });
        },
      }),
      {
        partialize: (state) => ({ journey: state.journey }),
        equality: (past, current) => past.journey === current.journey,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store;
}

export const isDirty = (s: Pick<EditorState, 'journey' | 'savedJourney'>) => s.journey !== s.savedJourney;

export type EditorStoreApi = StoreApi<EditorState>;
