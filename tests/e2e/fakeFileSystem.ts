/**
 * A stand-in for the File System Access API pickers, kept in sessionStorage so files survive
 * a page reload: tests drive the browser host's real open/save-in-place code without OS dialogs.
 */
import type { Page } from '@playwright/test';

export async function installFakeFileSystem(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const key = (name: string) => `fake-fs:${name}`;
    const w = window as unknown as Record<string, unknown>;
    class FakeHandle {
      kind = 'file';
      constructor(public name: string) {}
      async getFile() {
        return new File([sessionStorage.getItem(key(this.name)) ?? ''], this.name);
      }
      async createWritable() {
        let text = '';
        const name = this.name;
        return {
          write: async (chunk: string) => void (text += chunk),
          close: async () => sessionStorage.setItem(key(name), text),
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
  });
}

/** The next Open picks this file (a name previously saved, or text placed with putFile). */
export const pickForOpen = (page: Page, name: string) =>
  page.evaluate((n) => sessionStorage.setItem('fake-fs:next-open', n), name);
export const pickForSave = (page: Page, name: string) =>
  page.evaluate((n) => sessionStorage.setItem('fake-fs:next-save', n), name);
export const readFakeFile = (page: Page, name: string) =>
  page.evaluate((n) => sessionStorage.getItem(`fake-fs:${n}`), name);
export const putFakeFile = (page: Page, name: string, text: string) =>
  page.evaluate(([n, t]) => sessionStorage.setItem(`fake-fs:${n}`, t!), [name, text] as const);

/** Removes the pickers so the browser host falls back to a file input and a download. */
export async function withoutFileSystemAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
}
