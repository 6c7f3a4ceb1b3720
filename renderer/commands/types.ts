/** Commands are named objects (CONVENTIONS.md): one file each, run by one dispatcher. */
import type { TFunction } from 'i18next';
import type { Host } from '../../shared/host';
import type { DialogController } from '../store/dialogStore';
import type { EditorStore } from '../store/editorStore';
import type { ViewStore } from '../store/viewStore';
import type { ChoiceController } from '../ui/choiceStore';

export type CommandSource = 'toolbar' | 'menu' | 'shortcut' | 'palette' | 'test';

/** How a command enters undo history: one step, merged into the last step, or not at all. */
export type HistoryMode = 'record' | 'merge' | 'never';

/** What the canvas lends to commands that act on the view. */
export interface ViewportControls {
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
}

export interface CommandContext {
  store: EditorStore;
  host: Host;
  dialogs: DialogController;
  t: TFunction;
  view: ViewStore;
  choices: ChoiceController;
  /** Set by the canvas once it is mounted. */
  viewport: { readonly current: ViewportControls | null };
}

export interface Command {
  id: string;
  /** i18n key of the label shown in toolbar, menu and palette. */
  labelKey: string;
  /** Key bindings such as "mod+shift+z"; "mod" is Cmd on macOS and Ctrl elsewhere. */
  keys?: readonly string[];
  /** Shown in the palette and shortcut sheet where the key is handled natively (clipboard). */
  hintKeys?: readonly string[];
  /** Runs even while the user types in a text field (file commands only). */
  whileTyping?: boolean;
  /** Its keys act only when the focus is on the map (or nowhere), e.g. arrows and Delete. */
  canvasOnly?: boolean;
  history: HistoryMode;
  isEnabled?(ctx: CommandContext): boolean;
  /** `args` come from callers that name a target (a lane's menu); palette and keys pass none. */
  perform(ctx: CommandContext, args?: unknown): void | Promise<void>;
}
