/** A picked or dropped File to a loaded journey, with the same checks as the desktop loader. */
import type { OpenResult } from '../../shared/host';
import { parseJourneyOffThread } from './journeyParserClient';

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
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    return fail(`the file could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  // Decoding, parsing and validating a large file would freeze the window: a worker does it.
  const loaded = await parseJourneyOffThread(bytes);
  if (!loaded.ok) return { status: 'failed', fileName: file.name, problems: loaded.problems };
  const opened: OpenResult = { status: 'opened', file: { ref, name: file.name }, journey: loaded.journey };
  return loaded.migratedFrom === undefined ? opened : { ...opened, migratedFrom: loaded.migratedFrom };
}
