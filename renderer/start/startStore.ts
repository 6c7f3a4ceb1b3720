/**
 * Whether the start screen shows instead of the map. It belongs to one editor store but lives
 * beside it, so the editor store (shared by every panel) does not change shape: the start
 * screen is up at launch and after Close, and goes away as soon as the document is replaced
 * or edited (New, Open, a restored draft, or simply typing a title in the toolbar).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EditorStore } from '../store/editorStore';

export interface StartState {
  visible: boolean;
  show(): void;
  hide(): void;
}

export type StartStore = StoreApi<StartState>;

const stores = new WeakMap<EditorStore, StartStore>();

export function startScreenOf(editor: EditorStore): StartStore {
  let start = stores.get(editor);
  if (start) return start;
  const created = createStore<StartState>()((set) => ({
    visible: true,
    show: () => set({ visible: true }),
    hide: () => set({ visible: false }),
  }));
  editor.subscribe((state, previous) => {
    if (state.journey !== previous.journey && created.getState().visible) created.getState().hide();
  });
  stores.set(editor, created);
  start = created;
  return start;
}
