/** A fresh editor over a fake host for command tests, in the spirit of tldraw's TestEditor. */
import i18next, { type i18n as I18n } from 'i18next';
import {
  DEFAULT_SETTINGS,
  type DraftInput,
  type FileRef,
  type Host,
  type OpenResult,
  type RecentFile,
  type SaveResult,
} from '../../shared/host';
import { en } from '../../shared/i18n/en';
import { createJourney, type Journey } from '../../shared/model';
import { createEditor, type EditorOptions } from '../../renderer/editor/createEditor';

/** English only, whatever the rest of the test process does to the i18next singleton. */
const english = i18next.createInstance();
void english.init({
  resources: { en: { translation: en } },
  lng: 'en',
  initImmediate: false,
  showSupportNotice: false,
});

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

export interface TestEditorOptions {
  /** The i18next instance the editor translates with (default: English only). */
  i18n?: I18n;
  autosave?: EditorOptions['autosave'];
}

export function createTestEditor(journey: Journey = createJourney({ title: 'Test' }), options: TestEditorOptions = {}) {
  const host = createFakeHost();
  const editor = createEditor({ host, i18n: options.i18n ?? english, journey, autosave: options.autosave ?? false });
  const runner = editor.runner('test');
  return {
    editor,
    host,
    /** The document store, read-only. */
    store: editor.document,
    dialogs: editor.dialogs,
    view: editor.view,
    choices: editor.choices,
    /** Runs a command as a test (source 'test'), typed like every other caller. */
    run: runner.run,
    get journey() {
      return editor.document.getState().journey;
    },
    get selection() {
      return editor.view.getState().selection;
    },
    select: (ids: readonly string[]) => editor.select(ids),
    /**
     * A starting point for a test, applied the way a remote change is: no undo step. What the
     * test then does through commands is what its undo and redo assertions are about.
     */
    arrange(change: (journey: Journey) => Journey) {
      editor.applyRemote(change(editor.document.getState().journey));
    },
    /** Opens `journey` as the file `file` (through the open-file command, as main's open requests do). */
    async open(opened: Journey, file: FileRef & { ref: string }) {
      host.refOpen = { status: 'opened', file, journey: opened };
      await runner.run('open-file', { kind: 'ref', ref: file.ref });
    },
    undo: () => void runner.run('undo'),
    redo: () => void runner.run('redo'),
    /** Answers the dialog that is open now. */
    answer(answer: 'save' | 'discard' | 'cancel') {
      const dialog = editor.dialogs.store.getState().dialog;
      if (dialog?.kind !== 'save-changes') throw new Error('no save-changes dialog is open');
      dialog.resolve(answer);
    },
  };
}
