/**
 * Saves an export. Browsers with the File System Access API get a save picker; elsewhere, and
 * in Electron (whose session turns a download into a native Save dialog), a download.
 */
interface SavePickerWindow {
  showSaveFilePicker?(options: object): Promise<FileSystemFileHandle>;
}

export type SaveBlobResult = 'saved' | 'cancelled';

export async function saveBlob(blob: Blob, fileName: string, preferDownload: boolean): Promise<SaveBlobResult> {
  const picker = (window as Window & SavePickerWindow).showSaveFilePicker;
  if (!preferDownload && picker) {
    let handle: FileSystemFileHandle;
    try {
      handle = await picker.call(window, { suggestedName: fileName });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      throw error;
    }
    const writable = await handle.createWritable();
    try {
      await writable.write(blob);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw error;
    }
    return 'saved';
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return 'saved';
}
