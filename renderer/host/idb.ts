/** A few promise helpers over IndexedDB (drafts and recent files of the browser host); no library. */
const DB_NAME = 'journey-studio';
const DB_VERSION = 1;
export type StoreName = 'drafts' | 'recent';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('this browser keeps no local database (IndexedDB)'));
    const open = indexedDB.open(DB_NAME, DB_VERSION);
    open.onupgradeneeded = () => {
      for (const name of ['drafts', 'recent'] as const)
        if (!open.result.objectStoreNames.contains(name)) open.result.createObjectStore(name, { keyPath: 'id' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('could not open IndexedDB'));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

async function withStore<T>(name: StoreName, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) {
  const db = await database();
  const tx = db.transaction(name, mode);
  const result = await request(act(tx.objectStore(name)));
  // Resolve only once the write is committed, so "draft written" means it survives a crash.
  if (mode === 'readwrite')
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    });
  return result;
}

/** One object store whose records carry their key as `id`. */
export function idbTable<T extends { id: string }>(name: StoreName) {
  return {
    all: () => withStore(name, 'readonly', (s) => s.getAll() as IDBRequest<T[]>),
    get: (id: string) => withStore(name, 'readonly', (s) => s.get(id) as IDBRequest<T | undefined>),
    put: (record: T) => withStore(name, 'readwrite', (s) => s.put(record)).then(() => undefined),
    delete: (id: string) => withStore(name, 'readwrite', (s) => s.delete(id)).then(() => undefined),
  };
}
