/**
 * Text of a version 0 or 1 `.journey` file to a validated version 1 document: parse, migrate,
 * validate. Pure. The app loads with v2/load.ts (`loadJourneyText`), which uses this for older
 * files; this is kept for the tests of version 1 and for tools that read version 1 as it was.
 */
import { parseJsonText } from './jsonText';
import { migrateToV1 } from './migrate';
import type { JourneyV1, Problem } from './types';
import { validateJourneyV1 } from './validate';

export type LoadResultV1 = { ok: true; journey: JourneyV1; migratedFrom?: number } | { ok: false; problems: Problem[] };

export function loadJourneyTextV1(text: string): LoadResultV1 {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const migrated = migrateToV1(parsed.value);
  if (!migrated.ok) return migrated;
  const valid = validateJourneyV1(migrated.value);
  if (!valid.ok) return valid;
  return migrated.migratedFrom === undefined
    ? { ok: true, journey: valid.journey }
    : { ok: true, journey: valid.journey, migratedFrom: migrated.migratedFrom };
}
