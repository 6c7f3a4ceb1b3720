/**
 * Version 1 to version 2 (docs/format.md "Migration from version 1"): pure and deterministic, so
 * migrating a file twice gives the same bytes, and a version 2 document is never migrated again.
 *
 * - `persona` becomes `personas[0]` with the id `persona-1`; a file without a persona whose
 *   touchpoints are rated gets a persona "Customer"; each `emotion` becomes
 *   `emotions: { "persona-1": emotion }` (else `{}`).
 * - One lane `{ id: "lane-1", name: "Touchpoints", kind: "touchpoints" }` holds every touchpoint;
 *   `steps` is empty.
 * - Where `persona-1` or `lane-1` is already an id in the file, the next free number is used.
 * - Self-loops and repeated (from, to) connections are dropped (the first of a pair is kept).
 * - What version 1 allowed and version 2 does not is brought inside the rules: an unpaired
 *   surrogate becomes U+FFFD, a position outside 0..100000 is moved to the nearest edge.
 *
 * Everything lost or changed is reported as a note (path in the version 1 file: what happened),
 * for the CLI's `note:` lines and the app's notice. Unknown fields are kept, except that a field
 * version 2 itself writes (`personas`, `lanes`, `steps`, a touchpoint's `laneId` or `emotions`, a
 * persona's `id`) refuses the migration instead of being overwritten.
 */
import { journeySchema } from '../schema';
import { idFieldsOf } from '../schemaWalk';
import type { JourneyV1 as Journey, Problem, TouchpointV1 as Touchpoint } from '../types';
import { formatPath } from '../validate';
import { FORMAT_VERSION_V2, POSITION_MAX, TOUCHPOINT_LANE_KIND } from './schema';
import type { JourneyV2 } from './types';
import { toWellFormedText, unpairedSurrogateAt } from './wellFormed';

/** Something the migration changed or dropped: where in the version 1 file, and what. */
export type MigrationNote = Problem;

export type MigrationV2Result =
  { ok: true; journey: JourneyV2; notes: MigrationNote[] } | { ok: false; problems: Problem[] };

/** The persona a rated file without one gets, and the lane every touchpoint moves into (the format's words). */
export const MIGRATED_PERSONA_NAME = 'Customer';
export const MIGRATED_LANE_NAME = 'Touchpoints';

type Path = (string | number)[];

/** Unknown fields of a version 1 file that the migration would overwrite: it refuses those files. */
function clashProblems(journey: Journey): Problem[] {
  const problems: Problem[] = [];
  const check = (object: object | undefined, path: Path, keys: string[]) => {
    for (const key of keys)
      if (object && Object.hasOwn(object, key))
        problems.push({
          path: formatPath([...path, key]),
          message: `version 2 writes a field "${key}" here, so this version 1 file cannot be migrated until this one is renamed or removed`,
        });
  };
  check(journey, [], ['personas', 'lanes', 'steps']);
  check(journey.persona, ['persona'], ['id']);
  journey.touchpoints.forEach((tp, i) => check(tp, ['touchpoints', i], ['laneId', 'emotions']));
  return problems;
}

/** A copy with every string and key well-formed; a note per string changed, a problem per key clash. */
function wellFormedCopy(value: unknown, path: Path, notes: MigrationNote[], problems: Problem[]): unknown {
  if (typeof value === 'string') {
    if (unpairedSurrogateAt(value) < 0) return value;
    notes.push({ path: formatPath(path), message: 'an unpaired surrogate (not a character) was replaced with U+FFFD' });
    return toWellFormedText(value);
  }
  if (Array.isArray(value)) return value.map((item, i) => wellFormedCopy(item, [...path, i], notes, problems));
  if (typeof value !== 'object' || value === null) return value;
  const entries: [string, unknown][] = [];
  const keys = new Set<string>();
  for (const [rawKey, item] of Object.entries(value)) {
    const key = toWellFormedText(rawKey);
    if (key !== rawKey) {
      const at = toWellFormedText(formatPath(path));
      if (keys.has(key) || Object.hasOwn(value, key)) {
        problems.push({
          path: at,
          message: `the key ${JSON.stringify(rawKey)} is not well-formed Unicode, and made well-formed it would be the same as another key`,
        });
        continue;
      }
      notes.push({
        path: at,
        message: `in the key ${JSON.stringify(rawKey)}, an unpaired surrogate was replaced with U+FFFD`,
      });
    }
    keys.add(key);
    entries.push([key, wellFormedCopy(item, [...path, rawKey], notes, problems)]);
  }
  // fromEntries defines own properties, so no key reaches a prototype.
  return Object.fromEntries(entries);
}

/** `prefix-1`, or the first `prefix-N` no id or reference of the file uses. */
function freeId(prefix: string, used: ReadonlySet<string>): string {
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

const inCell = (v: number) => Math.min(POSITION_MAX, Math.max(0, v));

function migrateTouchpoint(tp: Touchpoint, i: number, ids: { persona: string; lane: string }, notes: MigrationNote[]) {
  const { emotion, position, ...rest } = tp;
  const inside = { ...position, x: inCell(position.x), y: inCell(position.y) };
  if (inside.x !== position.x || inside.y !== position.y)
    notes.push({
      path: `touchpoints[${i}].position`,
      message: `moved from (${position.x}, ${position.y}) to (${inside.x}, ${inside.y}): version 2 keeps cards inside their cell (0 to ${POSITION_MAX})`,
    });
  return {
    ...rest,
    laneId: ids.lane,
    emotions: emotion === undefined ? {} : { [ids.persona]: emotion },
    position: inside,
  };
}

function keptConnections(journey: Journey, notes: MigrationNote[]): Journey['connections'] {
  const pairs = new Set<string>();
  return journey.connections.filter((connection, i) => {
    const { from, to } = connection;
    if (from === to) {
      notes.push({ path: `connections[${i}]`, message: `dropped: it linked "${from}" to itself` });
      return false;
    }
    const pair = JSON.stringify([from, to]);
    if (pairs.has(pair)) {
      notes.push({
        path: `connections[${i}]`,
        message: `dropped: it repeated the connection from "${from}" to "${to}"`,
      });
      return false;
    }
    pairs.add(pair);
    return true;
  });
}

/** Migrates a valid version 1 document (see validateJourney) to version 2. */
export function migrateV1ToV2(source: Journey): MigrationV2Result {
  const clashes = clashProblems(source);
  if (clashes.length > 0) return { ok: false, problems: clashes };
  const notes: MigrationNote[] = [];
  const keyProblems: Problem[] = [];
  const journey = wellFormedCopy(source, [], notes, keyProblems) as Journey;
  if (keyProblems.length > 0) return { ok: false, problems: keyProblems };

  const used = new Set(idFieldsOf(journey, journeySchema).map((field) => field.value));
  const ids = { persona: freeId('persona', used), lane: freeId('lane', used) };
  const { persona, touchpoints, ...rest } = journey;
  const rated = touchpoints.some((tp) => tp.emotion !== undefined);
  const personas = persona
    ? [{ id: ids.persona, ...persona }]
    : rated
      ? [{ id: ids.persona, name: MIGRATED_PERSONA_NAME, goals: [], needs: [], expectations: [] }]
      : [];
  const migrated: JourneyV2 = {
    ...rest,
    version: FORMAT_VERSION_V2,
    personas,
    lanes: [{ id: ids.lane, name: MIGRATED_LANE_NAME, kind: TOUCHPOINT_LANE_KIND }],
    touchpoints: touchpoints.map((tp, i) => migrateTouchpoint(tp, i, ids, notes)),
    steps: [],
    connections: keptConnections(journey, notes),
  };
  return { ok: true, journey: migrated, notes };
}
