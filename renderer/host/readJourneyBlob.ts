/** A picked or dropped File to a loaded journey, with the same checks as the desktop loader. */
import type { OpenResult } from '../../shared/host';
import { parseJourneyOffThread } from './journeyParserClient';

import { MAX_FILE_BYTES, overLimitMessage } from '../../shared/model/fileLimits';

export { MAX_FILE_BYTES };

export async function readJourneyBlob(file: File, ref: string | null): Promise<OpenResult> {
  const fail = (message: string): OpenResult => ({
    status: 'failed',
    fileName: file.name,
    problems: [{ path: '', message }],
  });
  if (file.size > MAX_FILE_BYTES) return fail(overLimitMessage(file.size));
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
  return loaded.migratedFrom === undefined
    ? opened
    : { ...opened, migratedFrom: loaded.migratedFrom, notes: loaded.notes };
}
