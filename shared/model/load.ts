/** Text of a `.journey` file to a validated document: parse, migrate, validate. Pure. */
import { parseJsonText } from './jsonText';
import { migrate } from './migrate';
import type { Journey, Problem } from './types';
import { validateJourney } from './validate';

export type LoadResult = { ok: true; journey: Journey; migratedFrom?: number } | { ok: false; problems: Problem[] };

export function loadJourneyText(text: string): LoadResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const migrated = migrate(parsed.value);
  if (!migrated.ok) return migrated;
  const valid = validateJourney(migrated.value);
  if (!valid.ok) return valid;
  return migrated.migratedFrom === undefined
    ? { ok: true, journey: valid.journey }
    : { ok: true, journey: valid.journey, migratedFrom: migrated.migratedFrom };
}
