/** A picked or dropped File to a loaded journey, with the same checks as the desktop loader. */
import type { OpenResult } from '../../shared/host';
import { loadJourneyText } from '../../shared/model';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export async function readJourneyBlob(file: File, ref: string | null): Promise<OpenResult> {
  const fail = (message: string): OpenResult => ({
    status: 'failed',
    fileName: file.name,
    problems: [{ path: '', message }],
  });
  if (file.size > MAX_FILE_BYTES)
    return fail(`the file is ${megabytes(file.size)}; the limit is ${megabytes(MAX_FILE_BYTES)}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return fail('the file is not UTF-8 text (is it a binary file?)');
  }
  const loaded = loadJourneyText(text);
  if (!loaded.ok) return { status: 'failed', fileName: file.name, problems: loaded.problems };
  const opened: OpenResult = { status: 'opened', file: { ref, name: file.name }, journey: loaded.journey };
  return loaded.migratedFrom === undefined ? opened : { ...opened, migratedFrom: loaded.migratedFrom };
}
