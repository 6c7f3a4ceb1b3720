/**
 * The Host seam: everything the renderer asks of the world outside the page. Two
 * implementations: the Electron preload bridge and the browser host (`npm run web`).
 */
import type { Orientation, PageSize } from './export/pageSizes';
import type { Journey, Problem } from './model/types';
import type { Settings, SettingsPatch } from './ipc/settings';

export { DEFAULT_SETTINGS, type ExportDefaults, type Settings, type SettingsPatch } from './ipc/settings';

/** An opened or saved file as the renderer knows it: an opaque reference, never a raw path. */
export interface FileRef {
  /** Opaque id the host maps to a path or a file handle. Null for a download-only browser save. */
  ref: string | null;
  /** File name to show the user, e.g. "checkout.journey". */
  name: string;
}

/** Which version of an open document's file `readFileVersion` reads. */
export type FileVersion = 'disk' | 'backup';

export type OpenResult =
  | {
      status: 'opened';
      file: FileRef;
      journey: Journey;
      /** The format version of an older file, upgraded on load (saving writes version 2). */
      migratedFrom?: number;
      /** What the upgrade dropped or changed (shared/model/v2/migrate.ts), for the user. */
      notes?: Problem[];
    }
  | { status: 'cancelled' }
  | { status: 'failed'; fileName: string; problems: Problem[] };

export type SaveResult =
  | { status: 'saved'; file: FileRef }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  /** The file changed on disk since it was opened or last saved; nothing was written. */
  | { status: 'conflict'; fileName: string };

export interface SaveFileOptions {
  /** Write even if the file changed on disk since it was opened or saved (the user chose Overwrite). */
  overwrite?: boolean;
}

/** A file the user opened or saved lately, newest first. */
export interface RecentFile {
  /** Opaque id; the host maps it to a path or a file handle. */
  id: string;
  name: string;
  /** The journey's title when it was last opened or saved. */
  title: string;
  /** ISO-8601 time it was last opened or saved. */
  openedAt: string;
  /** The file is gone (deleted, moved, or its drive is not connected). */
  missing: boolean;
  /** The folder, for telling same-named files apart (desktop only; display only). */
  location?: string;
}

/** What the renderer hands over for a recovery draft, a few seconds after each change. */
export interface DraftInput {
  /** One id per window's document session: [a-z0-9-], at most 64 characters. */
  id: string;
  /** The serialized journey. */
  text: string;
  title: string;
  /** The file the document belongs to, so a restore links back to it. */
  file: FileRef | null;
}

/** A draft left behind by a session that did not end cleanly. */
export interface DraftSummary {
  id: string;
  title: string;
  /** Name of the file it belongs to; null for a document never saved. */
  fileName: string | null;
  /** ISO-8601 time the draft was written. */
  savedAt: string;
}

export type RestoreResult =
  | { status: 'restored'; draftId: string; journey: Journey; file: FileRef | null }
  | { status: 'failed'; fileName: string; problems: Problem[] };

/** A file main asks the renderer to open (command line, OS, second launch, Open Recent menu). */
export interface OpenRequest {
  ref: string;
  name: string;
}

/** A file dropped on the window: a DOM `File` (shared/ has no DOM types, so typed by what we read). */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

export type SaveChangesAnswer = 'save' | 'discard' | 'cancel';

/** Words of the Save / Don't Save / Cancel prompt, translated by the renderer. */
export interface SaveChangesPrompt {
  message: string;
  detail: string;
  save: string;
  dontSave: string;
  cancel: string;
}

/** Something the host noticed at start that the user should hear about. */
export type HostNotice = { kind: 'settings-reset'; keptCopy: string | null };

/** How the renderer answers "may this window close?". */
export interface CloseGuard {
  isDirty(): boolean;
  /** Asks Save / Don't Save / Cancel and acts on it; resolves true when the window may close. */
  confirmClose(): Promise<boolean>;
}

export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for a `.journey` file and loads it (parse, migrate, validate). */
  openFile(): Promise<OpenResult>;
  /** Loads (again) the file behind a ref: an open request from main, or Reload from disk. */
  openFileRef(ref: string): Promise<OpenResult>;
  /** Loads a file dropped on the window. */
  openDroppedFile(file: DroppedFile, handle?: Promise<unknown>): Promise<OpenResult>;
  /**
   * Asks for a `.journey` file to compare with the open document and reads it without opening
   * it: no ref, no entry in the recent files (Compare with…). Absent: openFile is used instead.
   */
  readFileToCompare?(): Promise<OpenResult>;
  /**
   * Desktop only: reads a version of the file behind `ref` without opening it or touching what
   * the window knows of it (so a later save still sees changes on disk): the file as it is on
   * disk now, or the `.bak` its last save kept (Compare with…, Restore previous version).
   */
  readFileVersion?(ref: string, version: FileVersion): Promise<OpenResult>;
  /** Saves serialized text over the file behind `ref`, unless it changed on disk meanwhile. */
  saveFile(ref: string, text: string, options?: SaveFileOptions): Promise<SaveResult>;
  /** Asks for a location, then saves there. */
  saveFileAs(text: string, suggestedName: string): Promise<SaveResult>;
  /**
   * Desktop only: prints the window's print view (already on screen) to a vector PDF and asks
   * where to save it. The browser host has none: its print dialog offers "Save as PDF".
   */
  printToPdf?(options: PrintToPdfOptions): Promise<SaveResult>;

  listRecentFiles(): Promise<RecentFile[]>;
  openRecentFile(id: string): Promise<OpenResult>;
  removeRecentFile(id: string): Promise<RecentFile[]>;

  /** Drafts left by earlier sessions (never the running window's own). */
  listDrafts(): Promise<DraftSummary[]>;
  saveDraft(draft: DraftInput): Promise<void>;
  deleteDraft(id: string): Promise<void>;
  restoreDraft(id: string): Promise<RestoreResult>;

  getSettings(): Promise<Settings>;
  setSettings(patch: SettingsPatch): Promise<Settings>;

  /** The renderer is listening: queued open requests may come now. Returns notices from start-up. */
  ready(): Promise<HostNotice[]>;
  /** Tells the host whether the document has unsaved changes (the desktop close guard, macOS dot). */
  setDocumentState(state: { dirty: boolean }): void;
  /** A native Save / Don't Save / Cancel prompt; absent where the host has none (the browser). */
  askSaveChanges?(prompt: SaveChangesPrompt): Promise<SaveChangesAnswer>;
  /** Lets the renderer decide whether the window may close or reload. Returns an uninstall function. */
  guardClose(guard: CloseGuard): () => void;
  /** Native menu items arrive as command ids. Returns an unsubscribe function. */
  onMenuCommand(listener: (commandId: string) => void): () => void;
  onOpenRequest(listener: (request: OpenRequest) => void): () => void;

  /** Hosts a live workshop on the open document's saved file (docs/workshop.md); desktop only. */
  hostWorkshop?(ref: string | null, request: HostWorkshopRequest): Promise<HostWorkshopResult>;
  /** Stops hosting: every participant is disconnected and the file is saved. Desktop only. */
  stopWorkshop?(): Promise<WorkshopStatus>;
  /** Whether a workshop is being hosted, its links and who has joined. Desktop only. */
  workshopStatus?(): Promise<WorkshopStatus>;
  /**
   * Opens a WebSocket to a workshop's sync address through the app (docs/workshop.md "Joining
   * from the desktop app"): the desktop window may connect to nothing itself. Desktop only; a
   * refused address arrives as an `error` event naming why, then `close`.
   */
  openWorkshopSocket?(url: string, onEvent: (event: WorkshopSocketEvent) => void): WorkshopSocketHandle;
}

/** A frame on a workshop socket: text, or binary as bytes. */
export type WorkshopSocketData = string | Uint8Array;

/** What happens on a tunnelled workshop socket, in order: open, messages, then one close. */
export type WorkshopSocketEvent =
  | { type: 'open' }
  | { type: 'message'; data: WorkshopSocketData }
  | { type: 'error'; message: string }
  | { type: 'close'; code: number; reason: string };

export interface WorkshopSocketHandle {
  send(data: WorkshopSocketData): void;
  close(code?: number, reason?: string): void;
}

/** Main's answer to opening a tunnelled socket; events follow on the socket's id. */
export type WorkshopSocketOpenResult =
  { status: 'opening' } | { status: 'refused'; reason: 'not-a-workshop' | 'too-many' | 'bad-id'; message: string };

export interface HostWorkshopRequest {
  /** Listen on this machine's network address (others in the room may join), not only loopback. */
  onNetwork: boolean;
  /** The facilitator's name, shown to participants. */
  name?: string;
}

export interface WorkshopParticipantInfo {
  name: string;
  color?: string;
  editing?: string;
}

export type WorkshopStatus =
  | { status: 'idle' }
  | {
      status: 'hosting';
      fileName: string;
      /** The link to share: the editor with the room token. */
      joinUrl: string;
      /** The facilitator's own link (Bring everyone here). */
      facilitateUrl: string;
      onNetwork: boolean;
      participants: WorkshopParticipantInfo[];
    };

/**
 * Why hosting did not start; the dialog words `reason`. `message` (the file's problem, the
 * system's error) is only there when the reason alone does not say it.
 */
export type HostWorkshopResult =
  | Extract<WorkshopStatus, { status: 'hosting' }>
  | { status: 'refused'; reason: 'no-file' | 'unsaved' | 'already-hosting' }
  | { status: 'refused'; reason: 'invalid-file' | 'failed'; message: string };

export interface PrintToPdfOptions {
  page: PageSize;
  orientation: Orientation;
  suggestedName: string;
}
