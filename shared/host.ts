/**
 * The Host seam: everything the renderer asks of the world outside the page. Two
 * implementations: the Electron preload bridge and the browser host (`npm run web`).
 */
import type { Journey, Problem } from './model/types';

/** An opened or saved file as the renderer knows it: an opaque reference, never a raw path. */
export interface FileRef {
  /** Opaque id the host maps to a path or a file handle. Null for a download-only browser save. */
  ref: string | null;
  /** File name to show the user, e.g. "checkout.journey". */
  name: string;
}

export type OpenResult =
  | { status: 'opened'; file: FileRef; journey: Journey; migratedFrom?: number }
  | { status: 'cancelled' }
  | { status: 'failed'; fileName: string; problems: Problem[] };

export type SaveResult =
  { status: 'saved'; file: FileRef } | { status: 'cancelled' } | { status: 'failed'; message: string };

export interface Settings {
  language: 'en' | 'zh-CN' | 'zh-TW' | 'system';
  theme: 'light' | 'dark' | 'system';
}

export const DEFAULT_SETTINGS: Settings = { language: 'system', theme: 'system' };

export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for a `.journey` file and loads it (parse, migrate, validate). */
  openFile(): Promise<OpenResult>;
  /** Saves serialized text over the file behind `ref`. */
  saveFile(ref: string, text: string): Promise<SaveResult>;
  /** Asks for a location, then saves there. */
  saveFileAs(text: string, suggestedName: string): Promise<SaveResult>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Native menu items arrive as command ids. Returns an unsubscribe function. */
  onMenuCommand(listener: (commandId: string) => void): () => void;
}
