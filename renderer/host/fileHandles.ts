/**
 * File System Access handles behind the opaque refs the browser host hands out, with what each
 * file looked like when it was last read or written, so Save notices a change made elsewhere.
 */

/** What we knew of a file when we last read or wrote it. */
export interface HandleStamp {
  lastModified: number;
  size: number;
  hash: string;
}

interface Entry {
  handle: FileSystemFileHandle;
  stamp: HandleStamp | null;
}

/** A quick content fingerprint (cyrb53): enough to tell a touched file from a changed one. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

export function stampOf(file: File, text: string): HandleStamp {
  return { lastModified: file.lastModified, size: file.size, hash: fingerprint(text) };
}

export const isNotFound = (error: unknown) => error instanceof DOMException && error.name === 'NotFoundError';

export function createHandleRegistry() {
  const entries = new Map<string, Entry>();
  let next = 0;
  return {
    remember(handle: FileSystemFileHandle, stamp: HandleStamp | null): string {
      const ref = `fsa-${++next}`;
      entries.set(ref, { handle, stamp });
      return ref;
    },
    get: (ref: string) => entries.get(ref),
    setStamp(ref: string, stamp: HandleStamp) {
      const entry = entries.get(ref);
      if (entry) entry.stamp = stamp;
    },
    /** True when the file now differs from the stamp; a file that is gone is no conflict (saving recreates it). */
    async changedOnDisk(ref: string): Promise<boolean> {
      const entry = entries.get(ref);
      if (!entry?.stamp) return false;
      let file: File;
      try {
        file = await entry.handle.getFile();
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
      if (file.lastModified === entry.stamp.lastModified && file.size === entry.stamp.size) return false;
      return fingerprint(await file.text()) !== entry.stamp.hash;
    },
  };
}

export type HandleRegistry = ReturnType<typeof createHandleRegistry>;

interface PermissionHandle {
  queryPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
}

/**
 * A handle kept in IndexedDB from an earlier visit needs the user's permission again before it
 * is read or written (asked on the click that opens or saves it).
 */
export async function ensurePermission(handle: FileSystemFileHandle, mode: 'read' | 'readwrite'): Promise<void> {
  const h = handle as unknown as PermissionHandle;
  if (!h.queryPermission || !h.requestPermission) return;
  if ((await h.queryPermission({ mode })) === 'granted') return;
  if ((await h.requestPermission({ mode })) !== 'granted')
    throw new DOMException(`Permission to use ${handle.name} was not given`, 'NotAllowedError');
}
