/** A question with several answers, as a promise (delete a stage: move its cards or delete them?). */
import { createStore } from 'zustand/vanilla';

export interface ChoiceOption {
  id: string;
  label: string;
  /** Marks a destructive answer (drawn in red). */
  danger?: boolean;
}

export interface ChoiceRequest {
  id: number;
  title: string;
  body: string;
  options: ChoiceOption[];
  resolve(answer: string | null): void;
}

export function createChoiceStore() {
  const store = createStore<{ request: ChoiceRequest | null }>()(() => ({ request: null }));
  let nextId = 0;
  return {
    store,
    /** Resolves with the chosen option id, or null when dismissed (Escape / Cancel). */
    choose(title: string, body: string, options: ChoiceOption[]): Promise<string | null> {
      return new Promise((resolve) =>
        store.setState({
          request: {
            id: ++nextId,
            title,
            body,
            options,
            resolve: (answer) => {
              store.setState({ request: null });
              resolve(answer);
            },
          },
        }),
      );
    },
  };
}

export type ChoiceController = ReturnType<typeof createChoiceStore>;
