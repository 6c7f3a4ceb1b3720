/**
 * Writes the document to a recovery draft a few seconds after it first differs from what was
 * saved (at most one interval of work can be lost to a crash), and deletes the draft once the
 * document is clean again: saved, reverted by undo, replaced after Don't Save. Never touches the
 * user's file. Writes and deletes run one after another so a late write cannot undo a delete.
 */
import type { Host } from '../../shared/host';
import { serializeJourney } from '../../shared/model';
import { isDirty, type DocumentState, type DocumentStore } from '../store/documentStore';

export interface DraftAutosaverOptions {
  store: Pick<DocumentStore, 'getState' | 'subscribe'>;
  host: Host;
  intervalMs: number;
  /** Told when a draft could not be written (once per run of failures). */
  onError(message: string): void;
  newId?: () => string;
}

export interface DraftAutosaver {
  readonly draftId: () => string;
  setIntervalMs(ms: number): void;
  /** Writes now if a write is waiting (the page is going away). */
  flush(): Promise<void>;
  /** The user chose Don't Save: forget the draft. */
  discard(): Promise<void>;
  /** Continue a restored draft: later writes replace it, a save deletes it. */
  adopt(id: string): void;
  /** Resolves when every queued write and delete has finished. */
  settled(): Promise<void>;
  stop(): void;
}

const newDraftId = () => crypto.randomUUID().toLowerCase();

export function startDraftAutosaver(options: DraftAutosaverOptions): DraftAutosaver {
  const { store, host } = options;
  let id = (options.newId ?? newDraftId)();
  let intervalMs = options.intervalMs;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** A draft under `id` may exist on disk (written, being written, or adopted). */
  let exists = false;
  let failing = false;
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (task: () => Promise<void>) => (queue = queue.then(task, task));
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  function write(): Promise<void> {
    cancel();
    const state = store.getState();
    if (!isDirty(state)) return queue;
    const draft = {
      id,
      text: serializeJourney(state.journey),
      title: state.journey.title,
      file: state.file,
    };
    exists = true;
    return enqueue(async () => {
      try {
        await host.saveDraft(draft);
        failing = false;
      } catch (error) {
        if (!failing) options.onError(error instanceof Error ? error.message : String(error));
        failing = true;
      }
    });
  }

  function remove(): Promise<void> {
    cancel();
    if (!exists) return queue;
    exists = false;
    const gone = id;
    return enqueue(() => host.deleteDraft(gone).catch(() => undefined));
  }

  const onChange = (state: DocumentState, previous: DocumentState) => {
    if (
      state.journey === previous.journey &&
      state.savedJourney === previous.savedJourney &&
      state.file === previous.file
    )
      return;
    if (!isDirty(state)) void remove();
    else timer ??= setTimeout(() => void write(), intervalMs);
  };
  const unsubscribe = store.subscribe(onChange);

  return {
    draftId: () => id,
    setIntervalMs(ms) {
      intervalMs = ms;
    },
    flush: () => (timer ? write() : queue),
    discard: remove,
    adopt(restoredId) {
      void remove();
      id = restoredId;
      exists = true;
      if (isDirty(store.getState())) timer ??= setTimeout(() => void write(), intervalMs);
    },
    settled: () => queue,
    stop() {
      cancel();
      unsubscribe();
    },
  };
}
