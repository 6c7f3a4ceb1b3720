/**
 * Commands are named objects in one closed list (registry.ts), run by one dispatcher from every
 * source. A command never changes the document itself: `perform` returns the change and how it
 * enters history, and the dispatcher applies it (docs/architecture.md, "Editing").
 */
import type { TFunction } from 'i18next';
import type { JourneyFragment } from '../../shared/edit/fragment';
import type { FileRef, Host } from '../../shared/host';
import type { Journey } from '../../shared/model';
import type { DialogController } from '../store/dialogStore';
import type { HistoryIntent } from '../store/documentStore';
import type { Notice, ViewStore } from '../store/viewStore';
import type { ChoiceController } from '../ui/choiceStore';
import type { Run } from './registry';

export type { HistoryIntent };

/** Where a run came from; recorded with every run. */
export type CommandSource =
  | 'toolbar'
  | 'menu'
  | 'shortcut'
  | 'palette'
  | 'canvas'
  | 'inspector'
  | 'panel'
  | 'start-screen'
  | 'clipboard'
  | 'drop'
  | 'host'
  | 'dialog'
  /** Run by another command (New asks to save first). */
  | 'command'
  | 'test';

/** The document as it is, or a function of the document as it is when the change is applied. */
export type JourneyEdit = Journey | ((current: Journey) => Journey);

export type DocumentChange =
  | { kind: 'edit'; next: JourneyEdit; history: HistoryIntent }
  /** Replaces the document; never an undo step, clears history and the selection. */
  | {
      kind: 'load';
      journey: Journey;
      file: FileRef | null;
      /** Opens as unsaved (a restored draft). */
      modified?: boolean;
      /** The recovery draft this document continues: later drafts replace it. */
      draftId?: string;
      /** Shows the start screen instead of the map (Close). */
      startScreen?: boolean;
    }
  | { kind: 'saved'; saved: Journey; source: Journey; file: FileRef }
  | { kind: 'undo' }
  | { kind: 'redo' };

export interface CommandResult {
  change?: DocumentChange;
  /** The selection once the change is applied (the cards just added or pasted). */
  select?: readonly string[];
  /** Runs once the change is applied (fit the view around the new positions). */
  afterwards?(): void;
}

/** `false`: nothing was done (cancelled, refused, failed); the run reports false. */
export type CommandOutcome = CommandResult | void | false;

/** What the canvas lends to commands that act on the view. */
export interface ViewportControls {
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Pans (keeping the zoom) so these cards, or lanes named `lane:<stageId>`, are in view. */
  reveal(ids: readonly string[]): void;
  /** Moves the keyboard focus to a card on the map (after Delete: the next card). */
  focusCard(id: string): void;
}

/** Cards copied in this window: the paste fallback where the page may not read the clipboard. */
export interface ClipboardState {
  fragment: JourneyFragment | null;
}

/** Built once per editor; its getters always read the current document and view. */
export interface CommandContext {
  readonly journey: Journey;
  readonly selection: readonly string[];
  readonly file: FileRef | null;
  readonly dirty: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly view: ViewStore;
  readonly host: Host;
  readonly dialogs: DialogController;
  readonly choices: ChoiceController;
  readonly t: TFunction;
  /** The UI language now (templates are built in it). */
  language(): string;
  /** Set by the canvas once it is mounted. */
  readonly viewport: { readonly current: ViewportControls | null };
  readonly clipboard: ClipboardState;
  /** Settings changed the recovery draft interval. */
  setDraftInterval(seconds: number): void;
  notify(kind: Notice['kind'], text: string): void;
  /** Runs another command through the dispatcher (recorded with source 'command'). */
  run: Run;
}

/** A key press as commands see it, for commands whose arguments depend on it (Shift+arrow). */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

export interface CommandSpec<Id extends string, Args> {
  readonly id: Id;
  /** i18n key of the label shown in toolbar, menu, palette and shortcut sheet. */
  readonly labelKey?: string;
  /** Key bindings such as "mod+shift+z"; "mod" is Cmd on macOS and Ctrl elsewhere. */
  readonly keys?: readonly string[];
  /** Shown in the palette and shortcut sheet where the key is handled natively (clipboard). */
  readonly hintKeys?: readonly string[];
  /** Runs even while the user types in a text field, one at a time (file commands). */
  readonly whileTyping?: boolean;
  /** Its keys act only when the focus is on the map (or nowhere), e.g. arrows. */
  readonly canvasOnly?: boolean;
  /** The arguments a key press gives (Shift for a bigger nudge). */
  keyArgs?(event: KeyPress): Args;
  isEnabled?(ctx: CommandContext, args: Args): boolean;
  perform(ctx: CommandContext, args: Args): CommandOutcome | Promise<CommandOutcome>;
}

export interface Command<Id extends string, Args> extends CommandSpec<Id, Args> {
  /** Needs arguments from its caller (a lane's buttons, a form): never offered in the palette or menus. */
  readonly requiresArgs: boolean;
}

/** Any command, as the dispatcher and the lists (palette, shortcut sheet) handle them. */
export interface AnyCommand {
  readonly id: string;
  readonly labelKey?: string;
  readonly keys?: readonly string[];
  readonly hintKeys?: readonly string[];
  readonly whileTyping?: boolean;
  readonly canvasOnly?: boolean;
  readonly requiresArgs: boolean;
  keyArgs?(event: KeyPress): unknown;
  isEnabled?(ctx: CommandContext, args: never): boolean;
  perform(ctx: CommandContext, args: never): CommandOutcome | Promise<CommandOutcome>;
}
