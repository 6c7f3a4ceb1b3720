/**
 * Loading and saving `.journey` files safely (docs/format.md "Writing a file"; drawio-desktop's saveFile, but
 * renaming instead of writing in place). Used by the Electron main process and the CLI.
 */
import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { loadJourneyText, serializeJourney, type Journey, type Problem } from '../../shared/model';
import { isCode, nodeFsOps, type FsOps } from './fsOps';
import { MAX_FILE_BYTES, formatBytes, overLimitMessage } from '../../shared/model/fileLimits';

export { MAX_FILE_BYTES, formatBytes, overLimitMessage };

/** What we knew of a file on disk when it was read or written; used to notice outside edits. */
export interface DiskStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export type ReadResult =
  | { ok: true; journey: Journey; stamp: DiskStamp; migratedFrom?: number; notes: Problem[] }
  | { ok: false; reason: 'unreadable' | 'invalid'; problems: Problem[] };

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export async function readJourneyFile(path: string, ops: FsOps = nodeFsOps): Promise<ReadResult> {
  let data: Buffer;
  let stat: Awaited<ReturnType<FsOps['stat']>>;
  try {
    stat = await ops.stat(path);
    if (!stat.isFile()) return unreadable('it is not a file');
    // Refuse before reading, so a huge file never reaches memory or the parser.
    if (stat.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        reason: 'invalid',
        problems: [{ path: '', message: overLimitMessage(stat.size, MAX_FILE_BYTES) }],
      };
    }
    data = await ops.readFile(path);
  } catch (error) {
    return unreadable(describeFsError(error));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return {
      ok: false,
      reason: 'invalid',
      problems: [
        { path: '', message: 'the file is not UTF-8 text (is it a binary file?)', code: 'notUtf8', values: {} },
      ],
    };
  }
  const loaded = loadJourneyText(text);
  if (!loaded.ok) return { ok: false, reason: 'invalid', problems: loaded.problems };
  const stamp = { size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(data) };
  return loaded.migratedFrom === undefined
    ? { ok: true, journey: loaded.journey, stamp, notes: loaded.notes }
    : { ok: true, journey: loaded.journey, stamp, migratedFrom: loaded.migratedFrom, notes: loaded.notes };
}

function unreadable(message: string): ReadResult {
  return { ok: false, reason: 'unreadable', problems: [{ path: '', message }] };
}

export function describeFsError(error: unknown): string {
  if (isCode(error, 'ENOENT')) return 'the file does not exist';
  if (isCode(error, 'EACCES', 'EPERM')) return 'permission denied';
  if (isCode(error, 'EISDIR')) return 'it is a folder, not a file';
  if (isCode(error, 'ENOSPC')) return 'the disk is full';
  if (isCode(error, 'EROFS')) return 'the disk is read-only';
  return error instanceof Error ? error.message : String(error);
}

export class SaveError extends Error {
  constructor(
    readonly step: string,
    readonly path: string,
    cause: unknown,
    /** True when the new content already replaced the file and only a later check failed. */
    readonly replaced = false,
  ) {
    const outcome = replaced
      ? 'The new version is in place but may not be flushed to disk yet.'
      : 'The file on disk was not changed.';
    super(`Could not save ${basename(path)} (${step}): ${describeFsError(cause)}. ${outcome}`, { cause });
  }
}

export interface SaveOptions {
  /** Keep the version being replaced as `<name>.bak` beside it. Default true. */
  backup?: boolean;
}

export function backupPathFor(path: string): string {
  return `${path}.bak`;
}

/**
 * Writes text (as UTF-8) or bytes atomically: temp file in the same folder, fsync, backup of
 * the old file, rename over the target, fsync the folder. A failure at any step leaves the old file as it was.
 */
export async function writeFileAtomically(
  path: string,
  content: string | Uint8Array,
  options: SaveOptions = {},
  ops: FsOps = nodeFsOps,
): Promise<DiskStamp> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const data =
    typeof content === 'string'
      ? Buffer.from(content, 'utf8')
      : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  let step = 'create a temporary file';
  let tempCreated = false;
  try {
    const file = await ops.openNew(temp);
    tempCreated = true;
    try {
      step = 'write';
      await file.write(data);
      step = 'flush to disk';
      await file.sync();
    } finally {
      await file.close();
    }
    if (options.backup !== false) {
      step = 'keep a backup';
      await copyIfExists(path, backupPathFor(path), ops);
    }
    step = 'replace the file';
    await ops.rename(temp, path);
    tempCreated = false;
    step = 'flush the folder';
    await ops.fsyncDir(dir);
    step = 'read back';
    const stat = await ops.stat(path);
    return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(data) };
  } catch (error) {
    if (tempCreated) await ops.unlink(temp).catch(() => undefined);
    throw new SaveError(step, path, error, !tempCreated && step !== 'create a temporary file');
  }
}

async function copyIfExists(from: string, to: string, ops: FsOps): Promise<void> {
  try {
    await ops.copyFile(from, to);
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
  }
}

export function saveJourneyFile(
  path: string,
  journey: Journey,
  options?: SaveOptions,
  ops?: FsOps,
): Promise<DiskStamp> {
  return writeFileAtomically(path, serializeJourney(journey), options, ops);
}

/**
 * Whether the file changed on disk since `stamp` was taken (someone else saved it, a sync tool
 * replaced it). Same size and mtime means unchanged; otherwise the content hash decides, so a
 * mere touch is not a conflict. A file that is gone is not a conflict: saving recreates it.
 */
export async function hasChangedOnDisk(path: string, stamp: DiskStamp, ops: FsOps = nodeFsOps): Promise<boolean> {
  let stat: Awaited<ReturnType<FsOps['stat']>>;
  try {
    stat = await ops.stat(path);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return false;
    throw error;
  }
  if (stat.size === stamp.size && stat.mtimeMs === stamp.mtimeMs) return false;
  if (stat.size > MAX_FILE_BYTES) return true;
  return sha256(await ops.readFile(path)) !== stamp.sha256;
}
