/**
 * One editor per window, in the manner of tldraw's `Editor`: it owns the document store, the
 * view state, the command dispatcher, the clipboard state and the recovery autosaver, and is
 * handed down through one React context. Every document change passes through `apply` here,
 * called by the dispatcher alone; subscribers see each one (docs/architecture.md, "Editing").
 */
import type { i18n as I18n, TFunction } from 'i18next';
import type { Host } from '../../shared/host';
import { createJourney, type Journey } from '../../shared/model';
import { createDispatcher, type CommandRun, type Runner } from '../commands/dispatcher';
import type { CommandId } from '../commands/registry';
import type {
  ClipboardState,
  CommandContext,
  CommandResult,
  CommandSource,
  HistoryIntent,
  ViewportControls,
} from '../commands/types';
import { startDraftAutosaver, type DraftAutosaver } from '../recovery/draftAutosaver';
import { createDialogStore, type DialogController } from '../store/dialogStore';
import { createDocumentStore, isDirty, type DocumentStore } from '../store/documentStore';
import { createViewStore, type ViewStore } from '../store/viewStore';
import { createChoiceStore, type ChoiceController } from '../ui/choiceStore';
import { createRunLog, type RunLog } from './runLog';

/** How a change entered history, as subscribers see it. */
export type HistoryEffect = HistoryIntent | { kind: 'undo' } | { kind: 'redo' } | { kind: 'reset' };

/** One change of the document: every local command that changed it, and every remote change. */
export interface DocumentChangeEvent {
  /** The command that made it; null for a remote change. */
  command: CommandId | null;
  source: CommandSource | 'remote';
  before: Journey;
  after: Journey;
  history: HistoryEffect;
}

/**
 * A history the editor hands undo and redo to instead of its own: a live workshop's, which
 * undoes only this participant's changes (renderer/workshop). Its changes come back through
 * `applyRemote`; `subscribe` says when what it can undo or redo changed.
 */
export interface SharedHistory {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  subscribe(listener: () => void): () => void;
}

export interface EditorOptions {
  host: Host;
  /** The i18next instance of the window: commands read the current language through it. */
  i18n: I18n;
  journey?: Journey;
  /** Recovery drafts; false in tests that do not exercise them. */
  autosave?:
    | false
    | {
        intervalMs: number;
        newDraftId?: () => string;
        /** Default: a notice in the window. */
        onError?(message: string): void;
      };
}

export interface Editor {
  /** The document, read-only: changes go through commands. */
  readonly document: DocumentStore;
  /** Selection, filters, overlays, notices: may be changed directly. */
  readonly view: ViewStore;
  readonly host: Host;
  readonly dialogs: DialogController;
  readonly choices: ChoiceController;
  /** Translates in the current language (stable across language changes). */
  readonly t: TFunction;
  /** The canvas lends its zoom and fit while it is mounted; returns the detachment. */
  attachViewport(controls: ViewportControls): () => void;
  readonly autosaver: DraftAutosaver | null;
  /** The last command runs with their sources. */
  readonly runs: RunLog;
  /** The context commands run with, for flows outside a command (the close-window question). */
  readonly commandContext: CommandContext;
  /** A runner for one source; the same object every time for that source. */
  runner(source: CommandSource): Runner;
  isEnabled(id: CommandId): boolean;
  select(ids: readonly string[]): void;
  /** A modal dialog, the palette, the shortcut sheet or Export is open: keys belong to it. */
  isModalOpen(): boolean;
  /** Told of every change of the document, local or remote, after it is applied. */
  subscribe(listener: (event: DocumentChangeEvent) => void): () => void;
  /**
   * A change from a shared document: replaces the journey without a local undo step, keeps the
   * selection and what was saved. Until history moves to the shared document's own undo manager,
   * undoing a local step after a remote change restores the journey as that step left it.
   */
  applyRemote(journey: Journey): void;
  /** Hands undo and redo to a shared history (a live workshop), or back to the editor's own (null). */
  setSharedHistory(history: SharedHistory | null): void;
  /** What undo and redo can do now, from whichever history is in use; `subscribe` for changes. */
  readonly undoState: { get(): { canUndo: boolean; canRedo: boolean }; subscribe(listener: () => void): () => void };
  /** File flows (start-up, open requests, drops) run one after another, never interleaved. */
  enqueue(flow: () => Promise<unknown>): void;
  /** True the first time only: start-up work (recovery) runs once per editor, whatever React re-runs. */
  claimStartup(): boolean;
}

export function createEditor(options: EditorOptions): Editor {
  const { host, i18n } = options;
  const { store: document, writer } = createDocumentStore(
    options.journey ?? createJourney({ title: i18n.t('app.untitled') }),
  );
  const view = createViewStore();
  const dialogs = createDialogStore();
  const choices = createChoiceStore();
  const t = ((...args: Parameters<TFunction>) => i18n.t(...args)) as TFunction;
  const viewport: { current: ViewportControls | null } = { current: null };
  const clipboard: ClipboardState = { fragment: null };
  const runs = createRunLog();
  const listeners = new Set<(event: DocumentChangeEvent) => void>();
  const autosave = options.autosave ?? false;
  const autosaver = autosave
    ? startDraftAutosaver({
        store: document,
        host,
        intervalMs: autosave.intervalMs,
        ...(autosave.newDraftId ? { newId: autosave.newDraftId } : {}),
        onError:
          autosave.onError ?? ((message) => view.getState().notify('error', t('files.draftFailed', { message }))),
      })
    : null;

  let shared: SharedHistory | null = null;
  let unsubscribeShared: (() => void) | null = null;
  const undoListeners = new Set<() => void>();
  const notifyUndo = () => undoListeners.forEach((listener) => listener());
  document.temporal.subscribe(notifyUndo);

  const emit = (event: DocumentChangeEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  /** The one place that writes the document: what a command returned, applied. */
  function apply(result: CommandResult, run: CommandRun): void {
    const { change } = result;
    const before = document.getState().journey;
    let history: HistoryEffect | null = null;
    if (change) {
      switch (change.kind) {
        case 'edit': {
          const next = typeof change.next === 'function' ? change.next(before) : change.next;
          writer.commit(next, change.history);
          history = change.history;
          break;
        }
        case 'load':
          writer.load(change.journey, change.file, { modified: change.modified === true });
          view.getState().select([]);
          if (change.draftId) autosaver?.adopt(change.draftId);
          history = { kind: 'reset' };
          break;
        case 'saved':
          writer.markSaved(change.saved, change.source, change.file);
          history = { kind: 'none' };
          break;
        case 'undo':
        case 'redo':
          // A shared history's undo arrives as a remote change; only the editor's own is a history effect here.
          if (shared) shared[change.kind]();
          else {
            writer[change.kind]();
            history = { kind: change.kind };
          }
          break;
      }
    }
    const after = document.getState().journey;
    const changed = after !== before || change?.kind === 'load';
    // The start screen goes as soon as the document is replaced or edited, unless Close asked for it.
    const startVisible = change?.kind === 'load' && change.startScreen === true;
    if (changed && view.getState().startVisible !== startVisible) view.getState().set({ startVisible });
    if (result.select) view.getState().select(result.select);
    if (changed && history) emit({ command: run.id, source: run.source, before, after, history });
    result.afterwards?.();
  }

  const dispatcher = createDispatcher({
    context: () => commandContext,
    apply,
    onRun: (run) => runs.record(run),
  });

  const commandContext: CommandContext = {
    get journey() {
      return document.getState().journey;
    },
    get selection() {
      return view.getState().selection;
    },
    get file() {
      return document.getState().file;
    },
    get dirty() {
      return isDirty(document.getState());
    },
    get canUndo() {
      return shared ? shared.canUndo() : document.temporal.getState().pastStates.length > 0;
    },
    get canRedo() {
      return shared ? shared.canRedo() : document.temporal.getState().futureStates.length > 0;
    },
    view,
    host,
    dialogs,
    choices,
    t,
    language: () => i18n.resolvedLanguage ?? i18n.language,
    viewport,
    clipboard,
    setDraftInterval: (seconds) => autosaver?.setIntervalMs(seconds * 1000),
    notify: (kind, text) => view.getState().notify(kind, text),
    run: dispatcher.runner('command').run,
  };

  let flows: Promise<unknown> = Promise.resolve();
  let startupClaimed = false;

  return {
    document,
    view,
    host,
    dialogs,
    choices,
    t,
    attachViewport(controls) {
      viewport.current = controls;
      return () => {
        if (viewport.current === controls) viewport.current = null;
      };
    },
    autosaver,
    runs,
    commandContext,
    runner: dispatcher.runner,
    isEnabled: dispatcher.isEnabled,
    select: (ids) => view.getState().select(ids),
    isModalOpen: () =>
      !!dialogs.store.getState().dialog ||
      !!choices.store.getState().request ||
      view.getState().paletteOpen ||
      view.getState().shortcutsOpen ||
      view.getState().exportOpen,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyRemote(journey) {
      const before = document.getState().journey;
      if (journey === before) return;
      writer.commit(journey, { kind: 'none' });
      if (view.getState().startVisible) view.getState().set({ startVisible: false });
      emit({ command: null, source: 'remote', before, after: journey, history: { kind: 'none' } });
    },
    setSharedHistory(history) {
      unsubscribeShared?.();
      shared = history;
      unsubscribeShared = history?.subscribe(notifyUndo) ?? null;
      notifyUndo();
    },
    undoState: {
      get: () => ({ canUndo: commandContext.canUndo, canRedo: commandContext.canRedo }),
      subscribe(listener) {
        undoListeners.add(listener);
        return () => undoListeners.delete(listener);
      },
    },
    enqueue(flow) {
      flows = flows.then(flow).catch(() => undefined);
    },
    claimStartup() {
      if (startupClaimed) return false;
      startupClaimed = true;
      return true;
    },
  };
}
