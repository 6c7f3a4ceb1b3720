/** A fresh editor (store, host, dialogs) for command tests, in the spirit of tldraw's TestEditor. */
import i18next from 'i18next';
import type { Host, OpenResult, SaveResult } from '../../shared/host';
import { en } from '../../shared/i18n/en';
import { createJourney, type Journey } from '../../shared/model';
import { createDispatcher } from '../../renderer/commands/dispatcher';
import type { CommandContext, ViewportControls } from '../../renderer/commands/types';
import { createDialogStore } from '../../renderer/store/dialogStore';
import { createEditorStore } from '../../renderer/store/editorStore';
import { createViewStore } from '../../renderer/store/viewStore';
import { createChoiceStore } from '../../renderer/ui/choiceStore';

const t = i18next.createInstance();
void t.init({ resources: { en: { translation: en } }, lng: 'en', initImmediate: false, showSupportNotice: false });

export interface FakeHost extends Host {
  saved: { ref: string | null; text: string }[];
  nextOpen: OpenResult;
  nextSaveAs: SaveResult | null;
}

export function createFakeHost(): FakeHost {
  const host: FakeHost = {
    kind: 'browser',
    saved: [],
    nextOpen: { status: 'cancelled' },
    nextSaveAs: null,
    openFile: async () => host.nextOpen,
    saveFile: async (ref, text) => {
      host.saved.push({ ref, text });
      return { status: 'saved', file: { ref, name: 'saved.journey' } };
    },
    saveFileAs: async (text, suggestedName) => {
      if (host.nextSaveAs) return host.nextSaveAs;
      host.saved.push({ ref: 'new', text });
      return { status: 'saved', file: { ref: 'new', name: suggestedName } };
    },
    getSettings: async () => ({ language: 'en', theme: 'light' }),
    setSettings: async () => ({ language: 'en', theme: 'light' }),
    onMenuCommand: () => () => undefined,
  };
  return host;
}

export function createTestEditor(journey: Journey = createJourney({ title: 'Test' })) {
  const store = createEditorStore(journey);
  const host = createFakeHost();
  const dialogs = createDialogStore();
  const viewport = { current: null as ViewportControls | null };
  const view = createViewStore();
  const choices = createChoiceStore();
  const ctx: CommandContext = { store, host, dialogs, t: t.t.bind(t), viewport, view, choices };
  const dispatcher = createDispatcher(() => ctx);
  return {
    store,
    host,
    dialogs,
    ctx,
    view,
    choices,
    run: (id: string, args?: unknown) => dispatcher.run(id, 'test', args),
    get journey() {
      return store.getState().journey;
    },
    undo: () => store.temporal.getState().undo(),
    redo: () => store.temporal.getState().redo(),
    /** Answers the dialog that is open now. */
    answer(answer: 'save' | 'discard' | 'cancel') {
      const dialog = dialogs.store.getState().dialog;
      if (dialog?.kind !== 'save-changes') throw new Error('no save-changes dialog is open');
      dialog.resolve(answer);
    },
  };
}
