/**
 * The browser host for `npm run web`: the File System Access API where the browser has it
 * (open, then save in place), otherwise a file input to open and a download to save.
 */
import { DEFAULT_SETTINGS, type Host, type OpenResult, type SaveResult, type Settings } from '../../shared/host';
import { readJourneyBlob } from './readJourneyBlob';

const SETTINGS_KEY = 'journey-studio.settings';
const PICKER_TYPES = [{ description: 'Journey map', accept: { 'application/json': ['.journey'] } }];

interface FsaWindow {
  showOpenFilePicker?(options: object): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options: object): Promise<FileSystemFileHandle>;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export function createBrowserHost(win: Window & FsaWindow = window): Host {
  const handles = new Map<string, FileSystemFileHandle>();
  let nextRef = 0;
  const remember = (handle: FileSystemFileHandle) => {
    const ref = `fsa-${++nextRef}`;
    handles.set(ref, handle);
    return ref;
  };

  async function writeHandle(handle: FileSystemFileHandle, text: string): Promise<void> {
    // createWritable writes a swap file and replaces the original only on close(): a failed write leaves it intact.
    const writable = await handle.createWritable();
    try {
      await writable.write(text);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw error;
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
      input.addEventListener('change', () => {
        resolve(input.files?.[0] ?? null);
        input.remove();
      });
      input.addEventListener('cancel', () => {
        resolve(null);
        input.remove();
      });
      win.document.body.append(input);
      input.click();
    });
  }

  const failure = (error: unknown): SaveResult => ({
    status: 'failed',
    message: error instanceof Error ? error.message : String(error),
  });

  return {
    kind: 'browser',
    async openFile(): Promise<OpenResult> {
      if (win.showOpenFilePicker) {
        let handle: FileSystemFileHandle | undefined;
        try {
          [handle] = await win.showOpenFilePicker({ types: PICKER_TYPES, multiple: false });
        } catch (error) {
          if (isAbort(error)) return { status: 'cancelled' };
          throw error;
        }
        if (!handle) return { status: 'cancelled' };
        const result = await readJourneyBlob(await handle.getFile(), null);
        if (result.status !== 'opened') return result;
        return { ...result, file: { ...result.file, ref: remember(handle) } };
      }
      const file = await pickWithInput();
      return file ? readJourneyBlob(file, null) : { status: 'cancelled' };
    },
    async saveFile(ref, text) {
      const handle = handles.get(ref);
      if (!handle) return this.saveFileAs(text, 'journey.journey');
      try {
        await writeHandle(handle, text);
        return { status: 'saved', file: { ref, name: handle.name } };
      } catch (error) {
        return failure(error);
      }
    },
    async saveFileAs(text, suggestedName) {
      if (!win.showSaveFilePicker) return download(text, suggestedName);
      let handle: FileSystemFileHandle;
      try {
        handle = await win.showSaveFilePicker({ suggestedName, types: PICKER_TYPES });
      } catch (error) {
        if (isAbort(error)) return { status: 'cancelled' };
        return failure(error);
      }
      try {
        await writeHandle(handle, text);
        return { status: 'saved', file: { ref: remember(handle), name: handle.name } };
      } catch (error) {
        return failure(error);
      }
    },
    async getSettings() {
      return readSettings(win.localStorage);
    },
    async setSettings(patch) {
      const next = { ...readSettings(win.localStorage), ...patch };
      win.localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
      return next;
    },
    onMenuCommand() {
      return () => undefined;
    },
  };
}

function readSettings(storage: Storage): Settings {
  try {
    const raw = JSON.parse(storage.getItem(SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    return {
      language: ['en', 'zh-CN', 'zh-TW', 'system'].includes(raw.language as string)
        ? raw.language!
        : DEFAULT_SETTINGS.language,
      theme: ['light', 'dark', 'system'].includes(raw.theme as string) ? raw.theme! : DEFAULT_SETTINGS.theme,
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}
