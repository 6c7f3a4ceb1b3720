/**
 * One file's shared document on the host (docs/workshop.md "The host"): the Y.Doc every change
 * is checked against, the append log that makes each accepted change durable before it is
 * acknowledged, and the saves of the .journey file.
 *
 * A participant's update is applied here first; if the journey it leads to is not valid (a
 * severity of 7, a card in a stage that is gone), the host writes the last valid journey back
 * over it in the same step and sends the update and that repair together, so no client ever
 * holds the invalid journey for more than the moment until the repair arrives, the others never
 * see it, and the file never gets it.
 */
import { readFile, stat } from 'node:fs/promises';
import * as Y from 'yjs';
import { formatProblem, type Problem } from '../../../shared/model';
import { loadJourneyTextV2, serializeJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import {
  applyJourneyToDoc,
  controlsFingerprint,
  dotsFingerprint,
  dotsProblem,
  journeyBaseUpdate,
  journeyFromDoc,
  readControls,
  readJourneyValue,
  repairMergedJourney,
  restoreControls,
  restoreDots,
  type DotsSender,
} from '../../../shared/workshop';
import {
  describeFsError,
  formatBytes,
  MAX_FILE_BYTES,
  overLimitMessage,
  sha256,
  writeFileAtomically,
} from '../journeyFiles';
import { newRoomToken } from './roomToken';
import { logPathFor, UpdateLog, type LogRecord } from './updateLog';

/** The most a shared document may hold (Yjs state), as much as a file may be. */
export const MAX_DOCUMENT_BYTES = MAX_FILE_BYTES;

/** The origin of the host's own writes to its copy (repairs, a file changed outside). */
export const HOST_ORIGIN = Symbol('workshop host');
const PARTICIPANT_ORIGIN = Symbol('workshop participant');

export interface WorkshopRoomOptions {
  /** Save this long after the last change… */
  saveDelayMs?: number;
  /** …but no later than this after the first unsaved one. */
  maxSaveDelayMs?: number;
  maxDocumentBytes?: number;
  /** One line for the host's operator (a failed save, a repaired log). */
  report?: (line: string) => void;
}

export type Admission =
  | { accepted: true }
  /** `update` is the participant's update and the repair in one, to apply where the update would have gone. */
  | { accepted: false; update: Uint8Array; problems: Problem[] };

/** Why a participant's message was refused outright (the connection is closed). */
export class RefusedUpdate extends Error {}

export class WorkshopRoom {
  readonly doc = new Y.Doc();
  private lastValid: JourneyV2;
  /** The file's journey in version 2 text as last read or written, and the hash of its bytes. */
  private savedText: string;
  private savedSha256: string;
  private approxBytes = 0;
  private sinceSnapshot: Uint8Array[] | null = null;
  private admitting: Promise<unknown> = Promise.resolve();
  private saveTimer: NodeJS.Timeout | undefined;
  private firstUnsavedAt: number | undefined;
  private saving: Promise<void> | undefined;
  private firstSave = true;
  private closed = false;
  /** The join link's secret: the one this file's log keeps, or a new one. */
  roomToken = newRoomToken();
  /** The facilitator link's second secret, kept the same way. */
  facilitatorToken = newRoomToken();
  private readonly options: Required<WorkshopRoomOptions>;

  private constructor(
    readonly path: string,
    private readonly log: UpdateLog,
    file: { journey: JourneyV2; text: string },
    options: WorkshopRoomOptions,
  ) {
    this.lastValid = file.journey;
    this.savedText = serializeJourneyV2(file.journey);
    this.savedSha256 = sha256(file.text);
    this.options = {
      saveDelayMs: options.saveDelayMs ?? 2000,
      maxSaveDelayMs: options.maxSaveDelayMs ?? 10_000,
      maxDocumentBytes: options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES,
      report: options.report ?? (() => undefined),
    };
  }

  /**
   * Opens the room for a file: refuses a file `validate` refuses, then replays the log beside
   * it (what was accepted since the last save, after a crash) over the file, and saves if that
   * changed the journey.
   */
  static async open(path: string, options: WorkshopRoomOptions = {}): Promise<WorkshopRoom> {
    const file = await readWorkshopFile(path);
    const opened = await UpdateLog.open(logPathFor(path));
    const report = options.report ?? (() => undefined);
    if (opened.droppedBytes > 0) {
      report(
        `the end of ${logPathFor(path)} was damaged (${opened.droppedBytes} bytes, never acknowledged); it was dropped`,
      );
    }
    const room = new WorkshopRoom(path, opened.log, file, options);
    await room.replay(opened.records, file);
    return room;
  }

  /** The journey as last validated: what the file gets on the next save. */
  get journey(): JourneyV2 {
    return this.lastValid;
  }

  /** The whole document state, for a document the sync server loads. */
  stateUpdate(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  /**
   * A participant's update, `from` the connection as authenticated (the facilitator's link, the
   * voter key of its secret): checked, made durable, and either accepted or repaired. Resolves
   * only after the log is on disk. Throws RefusedUpdate for bytes that are no Yjs update or
   * a document that would grow past the cap.
   */
  admit(update: Uint8Array, from: DotsSender = { facilitator: false }): Promise<Admission> {
    const run = this.admitting.then(() => this.admitNow(update, from));
    this.admitting = run.catch(() => undefined);
    return run;
  }

  /**
   * An update that reached the document another way (another host through Redis), checked there
   * and kept here. If it met a change of this host's into an invalid journey, the merged
   * document is repaired the way every host repairs it (repairMerge.ts); the repair is returned,
   * to go to this host's participants and the other hosts. Null when there is nothing to send.
   */
  async follow(update: Uint8Array): Promise<Uint8Array | null> {
    Y.applyUpdate(this.doc, update, PARTICIPANT_ORIGIN);
    let read = journeyFromDoc(this.doc);
    let repair: Uint8Array | null = null;
    if (!read.ok) {
      const repaired = repairMergedJourney(readJourneyValue(this.doc));
      if (repaired) {
        // Yjs emits an update only for a transaction that changed something: a repair another
        // host already made arrives as a document this one agrees with, and there is nothing to send.
        const keep = (made: Uint8Array) => (repair = made);
        this.doc.on('update', keep);
        applyJourneyToDoc(this.doc, repaired, HOST_ORIGIN);
        this.doc.off('update', keep);
        read = journeyFromDoc(this.doc);
      }
    }
    if (read.ok) this.lastValid = read.journey;
    await this.appendToLog(repair ? [update, repair] : [update]);
    this.changed();
    return repair;
  }

  private async admitNow(update: Uint8Array, from: DotsSender): Promise<Admission> {
    if (this.closed) throw new RefusedUpdate('the workshop is closing');
    try {
      Y.decodeUpdate(update);
    } catch {
      throw new RefusedUpdate('the message is not a Yjs update');
    }
    if (this.approxBytes + update.byteLength > this.options.maxDocumentBytes) {
      // The estimate only grows; the real size decides.
      this.approxBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
      if (this.approxBytes + update.byteLength > this.options.maxDocumentBytes) {
        throw new RefusedUpdate(
          `the shared document would grow to ${formatBytes(this.approxBytes + update.byteLength)}, over its limit of ${formatBytes(this.options.maxDocumentBytes)}`,
        );
      }
    }
    const before = Y.encodeStateVector(this.doc);
    const controlsBefore = controlsFingerprint(this.doc);
    const dotsBefore = dotsFingerprint(this.doc);
    Y.applyUpdate(this.doc, update, PARTICIPANT_ORIGIN);
    this.approxBytes += update.byteLength;
    const read = journeyFromDoc(this.doc);
    const controlsProblem =
      this.controlsProblem(controlsBefore, from.facilitator) ??
      dotsProblem(this.doc, dotsBefore, from, read.ok ? read.journey : this.lastValid);
    if (controlsProblem) {
      // The controls and the dots put back, and the journey too if the same update broke it.
      restoreControls(this.doc, controlsBefore, HOST_ORIGIN);
      restoreDots(this.doc, dotsBefore, HOST_ORIGIN);
      if (!read.ok) applyJourneyToDoc(this.doc, this.lastValid, HOST_ORIGIN);
      else this.lastValid = read.journey;
      const combined = Y.encodeStateAsUpdate(this.doc, before);
      await this.appendToLog([combined]);
      if (read.ok) this.changed();
      return { accepted: false, update: combined, problems: [controlsProblem, ...(read.ok ? [] : read.problems)] };
    }
    if (read.ok) {
      this.lastValid = read.journey;
      await this.appendToLog([update]);
      // A save that would write the same text only compacts the log.
      this.changed();
      return { accepted: true };
    }
    applyJourneyToDoc(this.doc, this.lastValid, HOST_ORIGIN);
    const combined = Y.encodeStateAsUpdate(this.doc, before);
    await this.appendToLog([combined]);
    return { accepted: false, update: combined, problems: read.problems };
  }

  /** What is wrong with a change of the facilitator's controls, if the update made one. */
  private controlsProblem(before: string, facilitator: boolean): Problem | null {
    if (controlsFingerprint(this.doc) === before) return null;
    if (!facilitator) return { path: 'workshop', message: 'only the facilitator can change the workshop controls' };
    return readControls(this.doc) ? null : { path: 'workshop', message: 'not a valid workshop control' };
  }

  private appendToLog(updates: Uint8Array[]): Promise<void> {
    this.sinceSnapshot?.push(...updates);
    return this.log.append(updates.map((data) => ({ kind: 'update', data })));
  }

  private changed(): void {
    if (this.closed) return;
    const now = Date.now();
    this.firstUnsavedAt ??= now;
    clearTimeout(this.saveTimer);
    const wait = Math.min(this.options.saveDelayMs, this.firstUnsavedAt + this.options.maxSaveDelayMs - now);
    this.saveTimer = setTimeout(() => void this.save().catch(() => undefined), Math.max(0, wait));
  }

  /**
   * Writes the last valid journey to the file (the safe save; the file as it was before the
   * workshop kept as .bak), then compacts the log. A failed save is reported and tried again
   * on the next change; the log keeps everything meanwhile.
   */
  save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saving = (this.saving ?? Promise.resolve()).then(() => this.saveNow());
    return this.saving;
  }

  private async saveNow(): Promise<void> {
    this.firstUnsavedAt = undefined;
    const text = serializeJourneyV2(this.lastValid);
    const state = Y.encodeStateAsUpdate(this.doc);
    this.sinceSnapshot = [];
    try {
      if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
        throw new Error(overLimitMessage(Buffer.byteLength(text, 'utf8'), MAX_FILE_BYTES));
      }
      if (text !== this.savedText) {
        this.savedSha256 = (await writeFileAtomically(this.path, text, { backup: this.firstSave })).sha256;
        this.firstSave = false;
        this.savedText = text;
      }
      const fileSha256 = this.savedSha256;
      const records: LogRecord[] = [
        { kind: 'header', header: { fileSha256, roomToken: this.roomToken, facilitatorToken: this.facilitatorToken } },
        { kind: 'state', data: state },
        ...this.sinceSnapshot.map((data): LogRecord => ({ kind: 'update', data })),
      ];
      this.sinceSnapshot = null;
      await this.log.replace(records);
      this.approxBytes = state.byteLength;
    } catch (error) {
      this.sinceSnapshot = null;
      this.options.report(
        `could not save ${this.path}: ${error instanceof Error ? error.message : String(error)}; the changes are kept in ${this.log.path}`,
      );
      throw error;
    }
  }

  /** Saves what is unsaved and closes the log; later updates are refused. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.admitting;
    this.closed = true;
    clearTimeout(this.saveTimer);
    try {
      await this.save();
    } finally {
      await this.log.close();
      this.doc.destroy();
    }
  }

  /**
   * Builds the document from the log: its state record (the document as of the last save),
   * then, if the file was changed since by someone else, that change, then the updates
   * accepted after the save. Without a state record the document starts from the file.
   */
  private async replay(records: LogRecord[], file: { journey: JourneyV2; text: string }): Promise<void> {
    const header = records.find((record) => record.kind === 'header');
    const stateIndex = records.findIndex((record) => record.kind === 'state');
    const fileSha = sha256(file.text);
    if (header?.kind === 'header' && header.header.roomToken) this.roomToken = header.header.roomToken;
    if (header?.kind === 'header' && header.header.facilitatorToken)
      this.facilitatorToken = header.header.facilitatorToken;
    if (!header || header.kind !== 'header' || stateIndex < 0) {
      Y.applyUpdate(this.doc, journeyBaseUpdate(file.journey), HOST_ORIGIN);
      await this.log.replace([
        {
          kind: 'header',
          header: { fileSha256: fileSha, roomToken: this.roomToken, facilitatorToken: this.facilitatorToken },
        },
        { kind: 'state', data: Y.encodeStateAsUpdate(this.doc) },
      ]);
      this.approxBytes = this.log.size;
      return;
    }
    const updates = records.slice(stateIndex + 1).flatMap((record) => (record.kind === 'update' ? [record.data] : []));
    const state = records[stateIndex];
    if (state?.kind === 'state') Y.applyUpdate(this.doc, state.data, HOST_ORIGIN);
    if (header.header.fileSha256 !== fileSha) {
      this.options.report(`${this.path} was changed since the workshop last saved it; the change is merged in`);
      applyJourneyToDoc(this.doc, file.journey, HOST_ORIGIN);
    }
    let lastValid = journeyFromDoc(this.doc);
    for (const update of updates) {
      Y.applyUpdate(this.doc, update, PARTICIPANT_ORIGIN);
    }
    const read = journeyFromDoc(this.doc);
    if (read.ok) {
      this.lastValid = read.journey;
    } else {
      // Only another host's changes (Redis) are logged unchecked; find the last valid point and repair to it.
      const check = new Y.Doc();
      if (state?.kind === 'state') Y.applyUpdate(check, state.data);
      for (const update of updates) {
        Y.applyUpdate(check, update);
        const step = journeyFromDoc(check);
        if (step.ok) lastValid = step;
      }
      check.destroy();
      this.lastValid = lastValid.ok ? lastValid.journey : file.journey;
      this.options.report(
        `the replayed workshop log gave an invalid journey (${read.problems.map(formatProblem).join('; ')}); repaired to its last valid state`,
      );
      applyJourneyToDoc(this.doc, this.lastValid, HOST_ORIGIN);
    }
    this.approxBytes = this.log.size;
    // Edits accepted after the last save (the host was stopped hard): into the file now.
    if (serializeJourneyV2(this.lastValid) !== this.savedText) await this.save();
  }
}

/**
 * A journey file as `serve` takes it: what `validate` accepts (any version, read as version 2),
 * with the same limits and messages (journeyFiles.ts).
 */
export async function readWorkshopFile(path: string): Promise<{ journey: JourneyV2; text: string }> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new WorkshopFileError('unreadable', 'it is not a file');
    if (info.size > MAX_FILE_BYTES) throw new WorkshopFileError('invalid', overLimitMessage(info.size, MAX_FILE_BYTES));
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof WorkshopFileError) throw error;
    throw new WorkshopFileError('unreadable', describeFsError(error));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new WorkshopFileError('invalid', 'the file is not UTF-8 text (is it a binary file?)');
  }
  const loaded = loadJourneyTextV2(text);
  if (!loaded.ok) throw new WorkshopFileError('invalid', loaded.problems);
  return { journey: loaded.journey, text };
}

/** A file `serve` cannot take: unreadable (exit 2) or not a valid journey (exit 1, like validate). */
export class WorkshopFileError extends Error {
  readonly problems: Problem[];
  constructor(
    readonly reason: 'unreadable' | 'invalid',
    problems: Problem[] | string,
  ) {
    const list = typeof problems === 'string' ? [{ path: '', message: problems }] : problems;
    super(list.map(formatProblem).join('; ') || 'unknown problem');
    this.problems = list;
  }
}
