/**
 * Any journey file to a validated version 2 document, pure: parse, check the envelope, and for
 * an older file migrate it to version 1 (../migrate.ts), validate it as version 1 (so its
 * problems name places in the file as it is), then migrate it to version 2 and validate that.
 * A version 2 file is only validated: loading is idempotent, and never produces notes.
 */
import { parseJsonText } from '../jsonText';
import { checkEnvelope, migrateToV1 } from '../migrate';
import type { Problem } from '../types';
import { validateJourneyV1 } from '../validate';
import { migrateV1ToV2, type MigrationNote } from './migrate';
import { FORMAT_VERSION_V2 } from './schema';
import type { JourneyV2 } from './types';
import { validateJourneyV2 } from './validate';

export type LoadResultV2 =
  | {
      ok: true;
      journey: JourneyV2;
      /** The version the file was written in, when it was older than 2. */
      migratedFrom?: number;
      /** What the migration dropped or changed, for the user (empty for a version 2 file). */
      notes: MigrationNote[];
    }
  | { ok: false; problems: Problem[] };

/** A parsed file of any version up to 2 (the JSON value), as a version 2 document. */
export function upgradeToV2(fileJson: unknown): LoadResultV2 {
  const envelope = checkEnvelope(fileJson, FORMAT_VERSION_V2);
  if (!envelope.ok) return envelope;
  if (envelope.version === FORMAT_VERSION_V2) {
    const valid = validateJourneyV2(envelope.value);
    return valid.ok ? { ok: true, journey: valid.journey, notes: [] } : valid;
  }
  const v1 = migrateToV1(envelope.value);
  if (!v1.ok) return v1;
  const validV1 = validateJourneyV1(v1.value);
  if (!validV1.ok) return validV1;
  const migrated = migrateV1ToV2(validV1.journey);
  if (!migrated.ok) return migrated;
  // A safety net: the property tests show every valid version 1 file migrates to a valid one.
  const valid = validateJourneyV2(migrated.journey);
  if (!valid.ok) return valid;
  return { ok: true, journey: valid.journey, migratedFrom: envelope.version, notes: migrated.notes };
}

/** The text of a `.journey` file of any version up to 2, as a version 2 document. */
export function loadJourneyTextV2(text: string): LoadResultV2 {
  const parsed = parseJsonText(text);
  return parsed.ok ? upgradeToV2(parsed.value) : parsed;
}
