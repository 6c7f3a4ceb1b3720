/** A fresh editor (store, host, dialogs) for command tests, in the spirit of tldraw's TestEditor. */
import i18next from 'i18next';
import {
  DEFAULT_SETTINGS,
  type DraftInput,
  type Host,
  type OpenResult,
  type RecentFile,
  type SaveResult,
} from '../../shared/host';
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
  /** When set, the next saveFile answers this instead of saving (e.g. a conflict). */
  nextSave: SaveResult | null;
  /** What openFileRef answers (Reload from disk, open requests). */
  refOpen: OpenResult;
  drafts: Map<string, DraftInput>;
  recent: RecentFile[];
}

export function createFakeHost(): FakeHost {
  const host: FakeHost = {
    kind: 'browser',
    saved: [],
    nextOpen: { status: 'cancelled' },
    nextSaveAs: null,
    nextSave: null,
    refOpen: { status: 'cancelled' },
    drafts: new Map(),
    recent: [],
    openFile: async () => host.nextOpen,
    openFileRef: async () => host.refOpen,
    openDroppedFile: async () => host.nextOpen,
    saveFile: async (ref, text, options) => {
      const answer = host.nextSave;
      host.nextSave = null;
      if (answer && !options?.overwrite) return answer;
      host.saved.push({ ref, text });
      return { status: 'saved', file: { ref, name: 'saved.journey' } };
    },
    saveFileAs: async (text, suggestedName) => {
      if (host.nextSaveAs) return host.nextSaveAs;
      host.saved.push({ ref: 'new', text });
      return { status: 'saved', file: { ref: 'new', name: suggestedName } };
    },
    listRecentFiles: async () => host.recent,
    openRecentFile: async () => host.nextOpen,
    removeRecentFile: async (id) => (host.recent = host.recent.filter((f) => f.id !== id)),
    listDrafts: async () =>
      [...host.drafts.values()].map((d) => ({ id: d.id, title: d.title, fileName: d.file?.name ?? null, savedAt: '' })),
    saveDraft: async (draft) => void host.drafts.set(draft.id, draft),
    deleteDraft: async (id) => void host.drafts.delete(id),
    restoreDraft: async (id) => ({ status: 'failed', fileName: id, problems: [] }),
    getSettings: async () => ({ ...DEFAULT_SETTINGS, language: 'en', theme: 'light' }),
    setSettings: async () => ({ ...DEFAULT_SETTINGS, language: 'en', theme: 'light' }),
    ready: async () => [],
    setDocumentState: () => undefined,
    guardClose: () => () => undefined,
    onMenuCommand: () => () => undefined,
    onOpenRequest: () => () => undefined,
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
