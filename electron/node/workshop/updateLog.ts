/**
 * The workshop's append log beside the file (`<file>.workshop-log`): every accepted Yjs update is
 * appended and flushed to disk before the host acknowledges it, so a host killed at any moment
 * loses nothing a participant was told was saved. On a save the log is compacted to a header
 * (the hash of the file just written) and the whole document state.
 *
 * A record is: payload length (u32, big-endian), CRC-32 of kind and payload (u32), kind (u8),
 * payload. A record cut short by a crash, or damaged, ends the log: it and anything after it
 * are dropped (and cut off the file, so later appends follow good records).
 */
import { open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { isCode } from '../fsOps';
import { writeFileAtomically } from '../journeyFiles';

export function logPathFor(journeyPath: string): string {
  return `${journeyPath}.workshop-log`;
}

export interface LogHeader {
  /** The SHA-256 of the .journey file as it was written with this log's state. */
  fileSha256: string;
  /**
   * The room token, kept so that a host started again on the same file takes the same join link
   * and participants who kept editing offline reconnect. Deleting the log makes a new one.
   */
  roomToken?: string;
  /** The facilitator link's second secret, kept for the same reason. */
  facilitatorToken?: string;
}

export type LogRecord =
  { kind: 'header'; header: LogHeader } | { kind: 'state'; data: Uint8Array } | { kind: 'update'; data: Uint8Array };

const KIND_CODES = { header: 1, state: 2, update: 3 } as const;
const PREFIX_BYTES = 9;

export function encodeRecord(record: LogRecord): Buffer {
  const payload =
    record.kind === 'header' ? Buffer.from(JSON.stringify(record.header), 'utf8') : Buffer.from(record.data);
  const out = Buffer.alloc(PREFIX_BYTES + payload.length);
  out.writeUInt32BE(payload.length, 0);
  out.writeUInt8(KIND_CODES[record.kind], 8);
  payload.copy(out, PREFIX_BYTES);
  out.writeUInt32BE(crc32(out.subarray(8)), 4);
  return out;
}

/** The good records of a log's bytes, and how many bytes they take. */
export function decodeRecords(bytes: Uint8Array): { records: LogRecord[]; goodLength: number } {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: LogRecord[] = [];
  let offset = 0;
  while (offset + PREFIX_BYTES <= data.length) {
    const length = data.readUInt32BE(offset);
    const end = offset + PREFIX_BYTES + length;
    if (end > data.length) break;
    if (crc32(data.subarray(offset + 8, end)) !== data.readUInt32BE(offset + 4)) break;
    const kind = data.readUInt8(offset + 8);
    const payload = new Uint8Array(data.subarray(offset + PREFIX_BYTES, end));
    const record = decodePayload(kind, payload);
    if (!record) break;
    records.push(record);
    offset = end;
  }
  return { records, goodLength: offset };
}

function decodePayload(kind: number, payload: Uint8Array): LogRecord | undefined {
  if (kind === KIND_CODES.state) return { kind: 'state', data: payload };
  if (kind === KIND_CODES.update) return { kind: 'update', data: payload };
  if (kind !== KIND_CODES.header) return undefined;
  try {
    const header: unknown = JSON.parse(Buffer.from(payload).toString('utf8'));
    const fields = header as Partial<Record<keyof LogHeader, unknown>> | null;
    if (typeof fields === 'object' && fields !== null && typeof fields.fileSha256 === 'string') {
      return {
        kind: 'header',
        header: {
          fileSha256: fields.fileSha256,
          ...(typeof fields.roomToken === 'string' && fields.roomToken.length > 0
            ? { roomToken: fields.roomToken }
            : {}),
          ...(typeof fields.facilitatorToken === 'string' && fields.facilitatorToken.length > 0
            ? { facilitatorToken: fields.facilitatorToken }
            : {}),
        },
      };
    }
  } catch {
    // A header that is not JSON ends the log like any damaged record.
  }
  return undefined;
}

export interface OpenedLog {
  log: UpdateLog;
  records: LogRecord[];
  /** Bytes dropped from the end (a record cut short by a crash, or damage). */
  droppedBytes: number;
}

export class UpdateLog {
  private handle: FileHandle | undefined;
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  /** Bytes in the log now (good records only). */
  size: number;

  private constructor(
    readonly path: string,
    size: number,
  ) {
    this.size = size;
  }

  /** Reads the log (missing is empty), cuts off a damaged end, and opens it for appending. */
  static async open(path: string): Promise<OpenedLog> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error;
      bytes = Buffer.alloc(0);
    }
    const { records, goodLength } = decodeRecords(bytes);
    if (goodLength < bytes.length) await truncate(path, goodLength);
    const log = new UpdateLog(path, goodLength);
    log.handle = await open(path, 'a');
    return { log, records, droppedBytes: bytes.length - goodLength };
  }

  /** Appends records and flushes them to disk; resolves once they are durable. */
  append(records: readonly LogRecord[]): Promise<void> {
    return this.enqueue(async () => {
      const handle = this.requireOpen();
      const data = Buffer.concat(records.map(encodeRecord));
      await handle.write(data);
      await handle.datasync();
      this.size += data.length;
    });
  }

  /** Replaces the whole log with `records`, atomically (a crash leaves the old log or the new one). */
  replace(records: readonly LogRecord[]): Promise<void> {
    return this.enqueue(async () => {
      const data = Buffer.concat(records.map(encodeRecord));
      await this.requireOpen().close();
      this.handle = undefined;
      try {
        await writeFileAtomically(this.path, data, { backup: false });
        this.size = data.length;
      } finally {
        this.handle = await open(this.path, 'a');
      }
    });
  }

  /** Waits for pending writes, then closes the file. */
  close(): Promise<void> {
    return this.enqueue(async () => {
      this.closed = true;
      await this.handle?.close();
      this.handle = undefined;
    });
  }

  private requireOpen(): FileHandle {
    if (this.closed || !this.handle) throw new Error(`the workshop log ${this.path} is closed`);
    return this.handle;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    // The queue goes on after a failure; the caller sees the failure through `run`.
    this.queue = run.catch(() => undefined);
    return run;
  }
}
