/**
 * Modal dialogs as promises: a command awaits the user's answer. UI state only. One dialog is
 * shown at a time; a dialog asked for while another is open waits its turn (a file dropped
 * while Save changes? is up must not replace that question and leave its command hanging).
 */
import { createStore } from 'zustand/vanilla';
import type { DraftSummary, Host, SaveChangesAnswer, Settings, SettingsPatch } from '../../shared/host';
import type { ImportPreview } from '../../shared/import/preview';
import type { Journey, Problem } from '../../shared/model';

export type { SaveChangesAnswer };
export type ConflictAnswer = 'overwrite' | 'save-as' | 'reload' | 'cancel';

/** What the recovery dialog needs besides the list: discarding happens while it stays open. */
export interface RecoveryChoice {
  drafts: DraftSummary[];
  discard(id: string): Promise<void>;
}

type DialogBody =
  | { kind: 'save-changes'; documentName: string; resolve(answer: SaveChangesAnswer): void }
  | { kind: 'problems'; title: string; intro: string; problems: Problem[]; resolve(): void }
  | { kind: 'conflict'; fileName: string; resolve(answer: ConflictAnswer): void }
  /** Resolves with the id of the draft to restore, or null when none is restored now. */
  | ({ kind: 'recovery'; resolve(restoreId: string | null): void } & RecoveryChoice)
  /** Resolves with the changes to store, or null when cancelled. */
  | { kind: 'settings'; settings: Settings; resolve(patch: SettingsPatch | null): void }
  /** Resolves with the id of the chosen template, or null when cancelled. */
  | { kind: 'new-from-template'; resolve(templateId: string | null): void }
  /** File > Import…: resolves with the journey to open, or null when cancelled. */
  | { kind: 'import-preview'; preview: ImportPreview; resolve(journey: Journey | null): void }
  /** File > Host workshop…: hosting goes on after the dialog closes, until Stop hosting. */
  | ({ kind: 'host-workshop'; resolve(): void } & HostWorkshopChoice)
  /** File > Join workshop…: resolves with a valid join link, or null when cancelled. */
  | { kind: 'join-workshop'; resolve(link: string | null): void };

/** What the Host workshop dialog needs: the host to ask, and whether the map is saved to a file. */
export interface HostWorkshopChoice {
  host: Host;
  /** The open document's file ref; null when it was never saved. */
  fileRef: string | null;
  fileName: string | null;
  dirty: boolean;
}

export type Dialog = DialogBody & { id: number };

export interface DialogState {
  /** The dialog on screen, if any. */
  dialog: Dialog | null;
  /** Dialogs waiting for the current one to close. */
  queued: Dialog[];
}

export function createDialogStore() {
  const store = createStore<DialogState>()(() => ({ dialog: null, queued: [] }));
  let nextId = 0;

  const next = () => {
    const [head = null, ...rest] = store.getState().queued;
    store.setState({ dialog: head, queued: rest });
  };
  /** Shows a dialog (or queues it) and resolves with its answer once it closes. */
  function ask<A>(make: (resolve: (answer: A) => void) => DialogBody): Promise<A> {
    return new Promise<A>((resolve) => {
      const dialog = {
        ...make((answer: A) => {
          next();
          resolve(answer);
        }),
        id: ++nextId,
      } as Dialog;
      const state = store.getState();
      if (state.dialog) store.setState({ queued: [...state.queued, dialog] });
      else store.setState({ dialog });
    });
  }

  return {
    store,
    askSaveChanges(documentName: string): Promise<SaveChangesAnswer> {
      return ask((resolve) => ({ kind: 'save-changes', documentName, resolve }));
    },
    showProblems(title: string, intro: string, problems: Problem[]): Promise<void> {
      return ask<void>((resolve) => ({ kind: 'problems', title, intro, problems, resolve }));
    },
    askConflict(fileName: string): Promise<ConflictAnswer> {
      return ask((resolve) => ({ kind: 'conflict', fileName, resolve }));
    },
    askRecovery(choice: RecoveryChoice): Promise<string | null> {
      return ask((resolve) => ({ kind: 'recovery', ...choice, resolve }));
    },
    editSettings(settings: Settings): Promise<SettingsPatch | null> {
      return ask((resolve) => ({ kind: 'settings', settings, resolve }));
    },
    pickTemplate(): Promise<string | null> {
      return ask((resolve) => ({ kind: 'new-from-template', resolve }));
    },
    previewImport(preview: ImportPreview): Promise<Journey | null> {
      return ask((resolve) => ({ kind: 'import-preview', preview, resolve }));
    },
    hostWorkshop(choice: HostWorkshopChoice): Promise<void> {
      return ask<void>((resolve) => ({ kind: 'host-workshop', ...choice, resolve }));
    },
    askJoinLink(): Promise<string | null> {
      return ask((resolve) => ({ kind: 'join-workshop', resolve }));
    },
  };
}

export type DialogController = ReturnType<typeof createDialogStore>;
