/** Modal dialogs as promises: a command awaits the user's answer. UI state only. */
import { createStore } from 'zustand/vanilla';
import type { Problem } from '../../shared/model';

export type SaveChangesAnswer = 'save' | 'discard' | 'cancel';

export type Dialog =
  | { id: number; kind: 'save-changes'; documentName: string; resolve(answer: SaveChangesAnswer): void }
  | { id: number; kind: 'problems'; title: string; intro: string; problems: Problem[]; resolve(): void };

export interface DialogState {
  dialog: Dialog | null;
}

export function createDialogStore() {
  const store = createStore<DialogState>()(() => ({ dialog: null }));
  const close = () => store.setState({ dialog: null });
  let nextId = 0;
  return {
    store,
    askSaveChanges(documentName: string): Promise<SaveChangesAnswer> {
      return new Promise((resolve) =>
        store.setState({
          dialog: { id: ++nextId, kind: 'save-changes', documentName, resolve: (a) => (close(), resolve(a)) },
        }),
      );
    },
    showProblems(title: string, intro: string, problems: Problem[]): Promise<void> {
      return new Promise((resolve) =>
        store.setState({
          dialog: { id: ++nextId, kind: 'problems', title, intro, problems, resolve: () => (close(), resolve()) },
        }),
      );
    },
  };
}

export type DialogController = ReturnType<typeof createDialogStore>;
