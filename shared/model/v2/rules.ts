/**
 * The version 2 rules a schema cannot say, each a `path: message` problem: ids unique across
 * the document, every reference resolving (emotion keys name personas), lanes of the right kind
 * for each card, at least one touchpoint lane, no self-loops and one connection per (from, to).
 * They run on a document that already has the schema's shape.
 */
import { BUILT_IN_CHANNEL_IDS } from '../catalogues';
import { FORBIDDEN_KEYS } from '../jsonText';
import type { Problem } from '../types';
import { builtInChannelRedefined, formatPath, repeatedId } from '../validate';
import { worded, type Worded } from '../worded';
import {
  REFERENCE_TARGET_KINDS,
  TOUCHPOINT_LANE_KIND,
  journeySchemaV2,
  type ItemKindV2,
  type ReferenceTargetV2,
} from './schema';
import type { JourneyV2 } from './types';
import { walkV2, type IdFieldV2 } from './walk';

const MISSING_REFERENCE: Record<ReferenceTargetV2, (id: string) => Worded> = {
  persona: (id) => worded(`no persona has the id "${id}"`, 'noPersona', { id }),
  stage: (id) => worded(`no stage has the id "${id}"`, 'noStage', { id }),
  lane: (id) => worded(`no lane has the id "${id}"`, 'noLane', { id }),
  card: (id) => worded(`no touchpoint or step has the id "${id}"`, 'noCard', { id }),
  channel: (id) => worded(`"${id}" is neither a built-in channel nor one of the file's channels`, 'noChannel', { id }),
};

/** Item ids are unique across every kind of item, and every reference names an item of its kind. */
export function idProblemsV2(journey: JourneyV2): Problem[] {
  const problems: Problem[] = [];
  const fields = walkV2.idFieldsOf(journey, journeySchemaV2);
  const seen = new Map<string, string>();
  const ids = new Map<ItemKindV2, Set<string>>();
  for (const { path, value, role } of fields) {
    if (role.role !== 'item') continue;
    const at = formatPath(path);
    if (role.kind === 'channel' && BUILT_IN_CHANNEL_IDS.includes(value)) {
      problems.push({ path: at, ...builtInChannelRedefined(value) });
      continue;
    }
    // A persona id is a key of every touchpoint's "emotions", and files may not hold this key.
    if (role.kind === 'persona' && FORBIDDEN_KEYS.has(value))
      problems.push({
        path: at,
        ...worded(`"${value}" cannot be a persona id (it would be a key of "emotions")`, 'forbiddenPersonaId', {
          id: value,
        }),
      });
    const first = seen.get(value);
    if (first !== undefined) problems.push({ path: at, ...repeatedId(value, first) });
    else seen.set(value, at);
    const ofKind = ids.get(role.kind) ?? new Set<string>();
    ids.set(role.kind, ofKind.add(value));
  }
  const resolves = (to: ReferenceTargetV2, id: string) =>
    (to === 'channel' && BUILT_IN_CHANNEL_IDS.includes(id)) ||
    REFERENCE_TARGET_KINDS[to].some((kind) => ids.get(kind)?.has(id));
  for (const { path, value, role } of fields) {
    if (role.role === 'reference' && !resolves(role.to, value))
      problems.push({ path: formatPath(path), ...MISSING_REFERENCE[role.to](value) });
  }
  return problems;
}

/** The element schema of each of the journey's lists of items (personas, stages... channels). */
const itemSchemasV2 = new Map(
  walkV2.fieldsOfSchema(journeySchemaV2).flatMap((field) => (field.items ? [[field.key, field.items] as const] : [])),
);

/** The ids and references of one item of the journey's list `list` (paths from the item). */
export function itemIdFieldsV2(list: string, item: unknown): IdFieldV2[] {
  const schema = itemSchemasV2.get(list);
  if (!schema) throw new Error(`itemIdFieldsV2: "${list}" is not a list of items`);
  return walkV2.idFieldsOf(item, schema);
}

/**
 * Whether idProblemsV2 would find nothing, from each item's id fields (itemIdFieldsV2) in any
 * order: for a reader that keeps them per item (shared/workshop/incrementalJourney.ts). It makes
 * no path and words nothing, so on a sound map it costs a set lookup per id; where it says
 * false, idProblemsV2 says what is wrong.
 */
export function idsAreSoundV2(fieldsOfItems: Iterable<readonly IdFieldV2[]>): boolean {
  // One set of the ids each reference target resolves to, the built-in channels included.
  const resolving = new Map<ReferenceTargetV2, Set<string>>(
    TARGETS.map((to) => [to, new Set(to === 'channel' ? BUILT_IN_CHANNEL_IDS : [])]),
  );
  const seen = new Set<string>();
  const references: IdFieldV2[] = [];
  for (const fields of fieldsOfItems) {
    for (const field of fields) {
      const { value, role } = field;
      if (role.role === 'reference') references.push(field);
      if (role.role !== 'item') continue;
      if (role.kind === 'channel' && BUILT_IN_CHANNEL_IDS.includes(value)) return false;
      if (role.kind === 'persona' && FORBIDDEN_KEYS.has(value)) return false;
      if (seen.has(value)) return false;
      seen.add(value);
      for (const to of TARGETS_OF_KIND.get(role.kind) ?? []) resolving.get(to)!.add(value);
    }
  }
  for (const { value, role } of references)
    if (role.role === 'reference' && !resolving.get(role.to)!.has(value)) return false;
  return true;
}

const TARGETS = Object.keys(REFERENCE_TARGET_KINDS) as ReferenceTargetV2[];
/** The reference targets an item of each kind can be named by (a touchpoint: a card). */
const TARGETS_OF_KIND = new Map<ItemKindV2, ReferenceTargetV2[]>();
for (const to of TARGETS)
  for (const kind of REFERENCE_TARGET_KINDS[to]) TARGETS_OF_KIND.set(kind, [...(TARGETS_OF_KIND.get(kind) ?? []), to]);

/** Touchpoints sit in touchpoint lanes, steps in the others, and the map has a touchpoint lane. */
export function laneProblems(journey: JourneyV2): Problem[] {
  const problems: Problem[] = [];
  if (!journey.lanes.some((lane) => lane.kind === TOUCHPOINT_LANE_KIND))
    problems.push({
      path: 'lanes',
      ...worded(`needs at least one lane of kind "${TOUCHPOINT_LANE_KIND}"`, 'noTouchpointLane', {
        kind: TOUCHPOINT_LANE_KIND,
      }),
    });
  const kindOf = new Map(journey.lanes.map((lane) => [lane.id, lane.kind]));
  journey.touchpoints.forEach((tp, i) => {
    const kind = kindOf.get(tp.laneId);
    if (kind !== undefined && kind !== TOUCHPOINT_LANE_KIND)
      problems.push({
        path: `touchpoints[${i}].laneId`,
        ...worded(
          `"${tp.laneId}" is a lane of kind "${kind}"; a touchpoint belongs in a lane of kind "${TOUCHPOINT_LANE_KIND}"`,
          'touchpointInStepLane',
          { lane: tp.laneId, kind, touchpointKind: TOUCHPOINT_LANE_KIND },
        ),
      });
  });
  journey.steps.forEach((step, i) => {
    if (kindOf.get(step.laneId) === TOUCHPOINT_LANE_KIND)
      problems.push({
        path: `steps[${i}].laneId`,
        ...worded(
          `"${step.laneId}" is a lane of kind "${TOUCHPOINT_LANE_KIND}"; a step belongs in a lane of another kind`,
          'stepInTouchpointLane',
          { lane: step.laneId, kind: TOUCHPOINT_LANE_KIND },
        ),
      });
  });
  return problems;
}

/** A connection joins two different cards, and two cards in one direction at most once. */
export function connectionProblems(journey: JourneyV2): Problem[] {
  const problems: Problem[] = [];
  const firstOfPair = new Map<string, number>();
  journey.connections.forEach((connection, i) => {
    const { from, to } = connection;
    if (from === to) {
      problems.push({
        path: `connections[${i}]`,
        ...worded(`links "${from}" to itself; a connection joins two cards`, 'selfLoop', { from }),
      });
      return;
    }
    // JSON text of the pair: no separator character could make two pairs look alike.
    const pair = JSON.stringify([from, to]);
    const first = firstOfPair.get(pair);
    if (first === undefined) firstOfPair.set(pair, i);
    else
      problems.push({
        path: `connections[${i}]`,
        ...worded(
          `repeats the connection from "${from}" to "${to}" of connections[${first}]; one per pair and direction`,
          'repeatedConnection',
          { from, to, first },
        ),
      });
  });
  return problems;
}
