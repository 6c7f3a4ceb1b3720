/**
 * The file-system steps safe save is made of, behind one seam so tests can inject a
 * failure between any two of them and prove the user's file survives.
 */
import { promises as fs, constants } from 'node:fs';

export interface FsOps {
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>;
  readFile(path: string): Promise<Buffer>;
  /** Opens a new file for writing; fails if it exists. */
  openNew(path: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Flushes a folder's entries (the rename) to disk. A no-op where the OS cannot. */
  fsyncDir(path: string): Promise<void>;
}

export interface WritableFile {
  write(data: Buffer): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeFsOps: FsOps = {
  stat: (path) => fs.stat(path),
  readFile: (path) => fs.readFile(path),
  async openNew(path) {
    const handle = await fs.open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
    return {
      async write(data) {
        let offset = 0;
        while (offset < data.length) {
          const { bytesWritten } = await handle.write(data, offset, data.length - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fs.rename(from, to),
  copyFile: (from, to) => fs.copyFile(from, to),
  unlink: (path) => fs.unlink(path),
  async fsyncDir(path) {
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(path, constants.O_RDONLY);
      await handle.sync();
    } catch (error) {
      // Windows cannot open or fsync a directory; the rename is still atomic there.
      if (!isCode(error, 'EISDIR', 'EPERM', 'EACCES', 'EINVAL')) throw error;
    } finally {
      await handle?.close();
    }
  },
};

export function isCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && codes.includes(String((error as { code?: unknown }).code));
}
