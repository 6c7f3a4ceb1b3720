/**
 * Recent files in the browser: only files opened through the File System Access API can be
 * opened again later, so their handles are kept in IndexedDB (the last ten).
 */
import type { RecentFile } from '../../shared/host';
import { idbTable } from './idb';
import { isNotFound } from './fileHandles';

const RECENT_LIMIT = 10;

interface RecentRecord {
  id: string;
  name: string;
  title: string;
  openedAt: string;
  handle: FileSystemFileHandle;
}

async function sameFile(a: FileSystemFileHandle, b: FileSystemFileHandle): Promise<boolean> {
  if (typeof a.isSameEntry === 'function') return a.isSameEntry(b).catch(() => false);
  return a.name === b.name;
}

export function createBrowserRecent() {
  const table = idbTable<RecentRecord>('recent');
  const newest = async () => (await table.all()).sort((a, b) => b.openedAt.localeCompare(a.openedAt));

  return {
    /** Puts the file at the top of the list (once), keeping the last ten. */
    async touch(handle: FileSystemFileHandle, title: string): Promise<void> {
      const records = await newest();
      for (const record of records) if (await sameFile(record.handle, handle)) await table.delete(record.id);
      const id = crypto.randomUUID();
      await table.put({ id, name: handle.name, title, openedAt: new Date().toISOString(), handle });
      const kept = (await newest()).slice(RECENT_LIMIT);
      for (const record of kept) await table.delete(record.id);
    },

    async list(): Promise<RecentFile[]> {
      const records = await newest();
      return Promise.all(
        records.map(async (r) => ({
          id: r.id,
          name: r.name,
          title: r.title,
          openedAt: r.openedAt,
          missing: await isGone(r.handle),
        })),
      );
    },

    async handleOf(id: string): Promise<FileSystemFileHandle | undefined> {
      return (await table.get(id))?.handle;
    },

    remove: (id: string) => table.delete(id),
  };
}

/** Gone means the browser says so; a file we merely lack permission to read is not missing. */
async function isGone(handle: FileSystemFileHandle): Promise<boolean> {
  try {
    await handle.getFile();
    return false;
  } catch (error) {
    return isNotFound(error);
  }
}

export type BrowserRecent = ReturnType<typeof createBrowserRecent>;
