/**
 * A stand-in for the File System Access API pickers, kept in sessionStorage so files survive
 * a page reload: tests drive the browser host's real open/save-in-place code without OS dialogs.
 * Like real handles, fake ones can be stored in IndexedDB (recent files, drafts) and come back
 * after a reload; a file removed with removeFakeFile is "not found", as a deleted file would be.
 */
import type { Page } from '@playwright/test';

export async function installFakeFileSystem(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const key = (name: string) => `fake-fs:${name}`;
    const mtimeKey = (name: string) => `fake-fs-mtime:${name}`;
    const w = window as unknown as Record<string, unknown>;
    class FakeHandle {
      kind = 'file';
      constructor(public name: string) {}
      async getFile() {
        const text = sessionStorage.getItem(key(this.name));
        if (text === null) throw new DOMException(`${this.name} was not found`, 'NotFoundError');
        const lastModified = Number(sessionStorage.getItem(mtimeKey(this.name)) ?? 1);
        return new File([text], this.name, { lastModified });
      }
      async createWritable() {
        let text = '';
        const name = this.name;
        return {
          write: async (chunk: string) => void (text += chunk),
          close: async () => {
            sessionStorage.setItem(key(name), text);
            sessionStorage.setItem(mtimeKey(name), String(Date.now()));
          },
          abort: async () => undefined,
        };
      }
    }
    const cancel = () => new DOMException('The user aborted a request.', 'AbortError');
    w.showOpenFilePicker = async () => {
      const name = sessionStorage.getItem('fake-fs:next-open');
      if (!name) throw cancel();
      return [new FakeHandle(name)];
    };
    w.showSaveFilePicker = async ({ suggestedName }: { suggestedName: string }) => {
      const name = sessionStorage.getItem('fake-fs:next-save') ?? suggestedName;
      if (name === 'CANCEL') throw cancel();
      return new FakeHandle(name);
    };

    // Real handles are structured-cloneable into IndexedDB; fake ones travel as a marker by name.
    const MARK = '__fakeFileHandle';
    const isPlain = (v: unknown): v is Record<string, unknown> =>
      typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
    const encode = (v: unknown): unknown => {
      if (v instanceof FakeHandle) return { [MARK]: v.name };
      if (!isPlain(v)) return v;
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, x instanceof FakeHandle ? { [MARK]: x.name } : x]),
      );
    };
    const decodeOne = (v: unknown): unknown =>
      isPlain(v) && typeof v[MARK] === 'string' ? new FakeHandle(v[MARK]) : v;
    const decode = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(decode);
      if (!isPlain(v)) return v;
      if (typeof v[MARK] === 'string') return decodeOne(v);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decodeOne(x)]));
    };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value: unknown, k?: IDBValidKey) {
      return put.call(this, encode(value), k);
    };
    const result = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'result')!;
    Object.defineProperty(IDBRequest.prototype, 'result', {
      get() {
        return decode(result.get!.call(this));
      },
    });
  });
}

/** The next Open picks this file (a name previously saved, or text placed with putFakeFile). */
export const pickForOpen = (page: Page, name: string) =>
  page.evaluate((n) => sessionStorage.setItem('fake-fs:next-open', n), name);
export const pickForSave = (page: Page, name: string) =>
  page.evaluate((n) => sessionStorage.setItem('fake-fs:next-save', n), name);
export const readFakeFile = (page: Page, name: string) =>
  page.evaluate((n) => sessionStorage.getItem(`fake-fs:${n}`), name);
/** Places (or replaces, as another program would) a file, with a fresh modification time. */
export const putFakeFile = (page: Page, name: string, text: string) =>
  page.evaluate(
    ([n, t]) => {
      sessionStorage.setItem(`fake-fs:${n}`, t!);
      const previous = Number(sessionStorage.getItem(`fake-fs-mtime:${n}`) ?? 0);
      sessionStorage.setItem(`fake-fs-mtime:${n}`, String(Math.max(Date.now(), previous + 1)));
    },
    [name, text] as const,
  );
/** Deletes a file, as if it was moved away or its drive disconnected. */
export const removeFakeFile = (page: Page, name: string) =>
  page.evaluate((n) => sessionStorage.removeItem(`fake-fs:${n}`), name);

/** Removes the pickers so the browser host falls back to a file input and a download. */
export async function withoutFileSystemAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
}
