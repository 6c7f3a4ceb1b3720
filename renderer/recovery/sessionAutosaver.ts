/**
 * One draft autosaver per editor for the page's life: re-running an effect (React's strict
 * mode, a language change) must not start a second draft for the same document, and a new
 * interval from Settings reaches the running one.
 */
import type { CommandContext } from '../commands/types';
import type { EditorStore } from '../store/editorStore';
import { startDraftAutosaver, type DraftAutosaver } from './draftAutosaver';

const autosavers = new WeakMap<EditorStore, DraftAutosaver>();

/** The editor's autosaver; `fresh` is true the first time (start-up work runs once). */
export function autosaverFor(ctx: CommandContext): { autosaver: DraftAutosaver; fresh: boolean } {
  const existing = autosavers.get(ctx.store);
  if (existing) return { autosaver: existing, fresh: false };
  const { store, host } = ctx;
  const autosaver = startDraftAutosaver({
    store,
    host,
    intervalMs: 5000,
    onError: (message) => store.getState().notify('error', ctx.t('files.draftFailed', { message })),
  });
  void host.getSettings().then(
    (s) => autosaver.setIntervalMs(s.draftIntervalSeconds * 1000),
    () => undefined,
  );
  autosavers.set(store, autosaver);
  return { autosaver, fresh: true };
}

/** Settings changed the draft interval: the running autosaver uses it from the next change. */
export function setDraftInterval(store: EditorStore, seconds: number): void {
  autosavers.get(store)?.setIntervalMs(seconds * 1000);
}
