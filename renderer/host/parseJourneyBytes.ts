/**
 * Bytes of a `.journey` file to a loaded document: strict UTF-8 decoding, then the shared
 * loader (parse, migrate, validate). Runs inside the parser worker; pure, so tests run it in Node.
 */
import { loadJourneyText, type Journey, type Problem } from '../../shared/model';

/** `notes`: what upgrading an older file changed (empty for a version 2 file). */
export type ParsedJourney =
  { ok: true; journey: Journey; migratedFrom?: number; notes: Problem[] } | { ok: false; problems: Problem[] };

export function parseJourneyBytes(bytes: ArrayBuffer): ParsedJourney {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [
        { path: '', message: 'the file is not UTF-8 text (is it a binary file?)', code: 'notUtf8', values: {} },
      ],
    };
  }
  try {
    return loadJourneyText(text);
  } catch (error) {
    // The loader refuses bad input without throwing; this is a last guard so the worker always answers.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `the file could not be read (${reason})` }] };
  }
}
