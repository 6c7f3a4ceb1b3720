/**
 * The browser host for `npm run web`: the File System Access API where the browser has it
 * (open, then save in place, recent files), otherwise a file input to open and a download to
 * save. Drafts and recent files live in IndexedDB, settings in localStorage.
 */
import type { Host, OpenResult, SaveResult } from '../../shared/host';
import { createBrowserDrafts } from './browserDrafts';
import { createBrowserRecent } from './browserRecent';
import { createBrowserSettings } from './browserSettings';
import { createHandleRegistry, ensurePermission, stampOf } from './fileHandles';
import { readJourneyBlob } from './readJourneyBlob';

const PICKER_TYPES = [{ description: 'Journey map', accept: { 'application/json': ['.journey'] } }];

interface FsaWindow {
  showOpenFilePicker?(options: object): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options: object): Promise<FileSystemFileHandle>;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const failure = (error: unknown): SaveResult => ({ status: 'failed', message: messageOf(error) });

function titleOf(text: string): string {
  try {
    const title = (JSON.parse(text) as { title?: unknown }).title;
    return typeof title === 'string' ? title : '';
  } catch {
    return '';
  }
}

export function createBrowserHost(win: Window & FsaWindow = window): Host {
  const handles = createHandleRegistry();
  const recent = createBrowserRecent();
  const drafts = createBrowserDrafts();
  const settings = createBrowserSettings(win.localStorage);
  // Recent files and drafts are conveniences: failing to record one must not fail the open or save.
  // The entry is stored before the open or save resolves (a tab closed right after Save As keeps
  // it), and one touch at a time, so two quick ones cannot interleave their read-then-write.
  let touching: Promise<void> = Promise.resolve();
  const remembered = (handle: FileSystemFileHandle, title: string): Promise<void> =>
    (touching = touching.then(() => recent.touch(handle, title)).catch(() => undefined));

  /** Reads a handle into a document and gives it a ref (a fresh one unless `ref` is given). */
  async function openHandle(handle: FileSystemFileHandle, ref?: string): Promise<OpenResult> {
    let file: File;
    try {
      await ensurePermission(handle, 'read');
      file = await handle.getFile();
    } catch (error) {
      return { status: 'failed', fileName: handle.name, problems: [{ path: '', message: describe(error) }] };
    }
    const result = await readJourneyBlob(file, null);
    if (result.status !== 'opened') return result;
    const stamp = stampOf(file, await file.text());
    if (ref) handles.setStamp(ref, stamp);
    await remembered(handle, result.journey.title);
    return { ...result, file: { ref: ref ?? handles.remember(handle, stamp), name: handle.name } };
  }

  async function writeHandle(ref: string, handle: FileSystemFileHandle, text: string): Promise<SaveResult> {
    try {
      await ensurePermission(handle, 'readwrite');
      // createWritable writes a swap file and replaces the original only on close(): a failed write leaves it intact.
      const writable = await handle.createWritable();
      try {
        await writable.write(text);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
      handles.setStamp(ref, stampOf(await handle.getFile(), text));
      await remembered(handle, titleOf(text));
      return { status: 'saved', file: { ref, name: handle.name } };
    } catch (error) {
      return failure(error);
    }
  }

  function download(text: string, name: string): SaveResult {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = win.document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    win.document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { status: 'saved', file: { ref: null, name } };
  }

  function pickWithInput(): Promise<File | null> {
    return new Promise((resolve) => {
      const input = win.document.createElement('input');
      input.type = 'file';
      input.accept = '.journey,application/json';
      input.style.display = 'none';
      const done = (file: File | null) => {
        resolve(file);
        input.remove();
      };
      input.addEventListener('change', () => done(input.files?.[0] ?? null));
      input.addEventListener('cancel', () => done(null));
      win.document.body.append(input);
      input.click();
    });
  }

  const host: Host = {
    kind: 'browser',
    async openFile() {
      if (!win.showOpenFilePicker) {
        const file = await pickWithInput();
        return file ? readJourneyBlob(file, null) : { status: 'cancelled' };
      }
      let handle: FileSystemFileHandle | undefined;
      try {
        [handle] = await win.showOpenFilePicker({ types: PICKER_TYPES, multiple: false });
      } catch (error) {
        if (isAbort(error)) return { status: 'cancelled' };
        throw error;
      }
      return handle ? openHandle(handle) : { status: 'cancelled' };
    },
    async readFileToCompare() {
      // Read, never opened: no handle kept, no recent entry.
      if (!win.showOpenFilePicker) {
        const file = await pickWithInput();
        return file ? readJourneyBlob(file, null) : { status: 'cancelled' };
      }
      let handle: FileSystemFileHandle | undefined;
      try {
        [handle] = await win.showOpenFilePicker({ types: PICKER_TYPES, multiple: false });
      } catch (error) {
        if (isAbort(error)) return { status: 'cancelled' };
        throw error;
      }
      return handle ? readJourneyBlob(await handle.getFile(), null) : { status: 'cancelled' };
    },
    async openFileRef(ref) {
      const entry = handles.get(ref);
      if (!entry)
        return { status: 'failed', fileName: ref, problems: [{ path: '', message: 'unknown file reference' }] };
      return openHandle(entry.handle, ref);
    },
    async openDroppedFile(file, handlePromise) {
      const handle = (await handlePromise?.catch(() => null)) as FileSystemHandle | null | undefined;
      if (handle?.kind === 'file') return openHandle(handle as FileSystemFileHandle);
      return readJourneyBlob(file as File, null);
    },
    async saveFile(ref, text, options = {}) {
      const entry = handles.get(ref);
      if (!entry) return host.saveFileAs(text, 'journey.journey');
      try {
        if (!options.overwrite && (await handles.changedOnDisk(ref)))
          return { status: 'conflict', fileName: entry.handle.name };
      } catch (error) {
        return failure(error);
      }
      return writeHandle(ref, entry.handle, text);
    },
    async saveFileAs(text, suggestedName) {
      if (!win.showSaveFilePicker) return download(text, suggestedName);
      let handle: FileSystemFileHandle;
      try {
        handle = await win.showSaveFilePicker({ suggestedName, types: PICKER_TYPES });
      } catch (error) {
        return isAbort(error) ? { status: 'cancelled' } : failure(error);
      }
      return writeHandle(handles.remember(handle, null), handle, text);
    },

    listRecentFiles: () => recent.list().catch(() => []),
    async openRecentFile(id) {
      const handle = await recent.handleOf(id);
      if (!handle)
        return {
          status: 'failed',
          fileName: 'recent file',
          problems: [{ path: '', message: 'it is no longer in the recent files list' }],
        };
      return openHandle(handle);
    },
    async removeRecentFile(id) {
      await recent.remove(id);
      return recent.list();
    },

    listDrafts: () => drafts.list(),
    async saveDraft(draft) {
      const entry = draft.file?.ref ? handles.get(draft.file.ref) : undefined;
      await drafts.save(draft, entry ? { handle: entry.handle, stamp: entry.stamp } : null);
    },
    deleteDraft: (id) => drafts.delete(id),
    async restoreDraft(id) {
      const record = await drafts.take(id);
      if (!record) return { status: 'failed', fileName: id, problems: [{ path: '', message: 'the draft is gone' }] };
      const name = record.fileName ?? (record.title || 'draft');
      const loaded = await readJourneyBlob(new File([record.text], name), null);
      if (loaded.status !== 'opened')
        return { status: 'failed', fileName: name, problems: loaded.status === 'failed' ? loaded.problems : [] };
      const handle = record.handle && typeof record.handle.getFile === 'function' ? record.handle : null;
      const file = handle
        ? { ref: handles.remember(handle, record.stamp), name: handle.name }
        : record.fileName
          ? { ref: null, name: record.fileName }
          : null;
      return { status: 'restored', draftId: id, journey: loaded.journey, file };
    },

    getSettings: () => settings.get(),
    setSettings: (patch) => settings.set(patch),

    ready: async () => settings.takeNotices(),
    setDocumentState: () => undefined,
    guardClose(guard) {
      // The browser shows its own "Leave site?" prompt; the draft is written regardless.
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        if (!guard.isDirty()) return;
        event.preventDefault();
        event.returnValue = '';
      };
      win.addEventListener('beforeunload', onBeforeUnload);
      return () => win.removeEventListener('beforeunload', onBeforeUnload);
    },
    onMenuCommand: () => () => undefined,
    onOpenRequest: () => () => undefined,
  };
  return host;
}

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === 'NotFoundError') return 'the file does not exist';
  if (error instanceof DOMException && error.name === 'NotAllowedError')
    return 'permission to read the file was not given';
  return messageOf(error);
}
