/**
 * Recovery drafts in the browser, kept in IndexedDB. Several tabs share the database, so each
 * tab holds a Web Lock named after its draft while it lives: a draft whose lock is free was left
 * by a tab that crashed, was killed or reloaded, and is offered for recovery; a live tab's is not.
 */
import type { DraftInput, DraftSummary } from '../../shared/host';
import { idbTable } from './idb';
import type { HandleStamp } from './fileHandles';

const LOCK_PREFIX = 'journey-studio-draft:';

export interface DraftRecord {
  id: string;
  title: string;
  fileName: string | null;
  savedAt: string;
  text: string;
  /** The file the document belongs to, when it was opened through the File System Access API. */
  handle: FileSystemFileHandle | null;
  stamp: HandleStamp | null;
}

export function createBrowserDrafts(locks: LockManager | undefined = globalThis.navigator?.locks) {
  const table = idbTable<DraftRecord>('drafts');
  /** Drafts this page owns (written or restored); never offered back to it. */
  const mine = new Set<string>();

  function own(id: string): void {
    if (mine.has(id)) return;
    mine.add(id);
    // Held until the page goes away; the promise never settles on purpose.
    void locks?.request(LOCK_PREFIX + id, () => new Promise<void>(() => undefined)).catch(() => undefined);
  }

  return {
    async save(draft: DraftInput, link: { handle: FileSystemFileHandle; stamp: HandleStamp | null } | null) {
      own(draft.id);
      await table.put({
        id: draft.id,
        title: draft.title,
        fileName: draft.file?.name ?? null,
        savedAt: new Date().toISOString(),
        text: draft.text,
        handle: link?.handle ?? null,
        stamp: link?.stamp ?? null,
      });
    },

    async list(): Promise<DraftSummary[]> {
      const held = new Set<string>();
      const state = await locks?.query().catch(() => undefined);
      for (const lock of [...(state?.held ?? []), ...(state?.pending ?? [])])
        if (lock.name?.startsWith(LOCK_PREFIX)) held.add(lock.name.slice(LOCK_PREFIX.length));
      return (await table.all())
        .filter((d) => !mine.has(d.id) && !held.has(d.id))
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
        .map(({ id, title, fileName, savedAt }) => ({ id, title, fileName, savedAt }));
    },

    /** Reads a draft to restore it; this page owns it from now on. */
    async take(id: string): Promise<DraftRecord | undefined> {
      const record = await table.get(id);
      if (record) own(id);
      return record;
    },

    delete: (id: string) => table.delete(id),
  };
}

export type BrowserDrafts = ReturnType<typeof createBrowserDrafts>;
