/** Helpers of the import tests: bytes of a text, and a successful import or its problems. */
import { expect } from 'vitest';
import { importJourney, type ImportRequest, type ImportResult } from '../../../shared/import';

export const bytesOf = (text: string) => new TextEncoder().encode(text);

export const csv = (...lines: string[]) => bytesOf(`${lines.join('\r\n')}\r\n`);

export async function imported(bytes: Uint8Array, request: ImportRequest) {
  const result = await importJourney(bytes, request);
  if (!result.ok) throw new Error(`expected an import, got: ${JSON.stringify(result.problems)}`);
  return result;
}

export async function problemsOf(bytes: Uint8Array, request: ImportRequest) {
  const result: ImportResult = await importJourney(bytes, request);
  expect(result.ok).toBe(false);
  // Never a partial journey next to problems.
  expect(result).not.toHaveProperty('journey');
  return result.ok ? [] : result.problems;
}
