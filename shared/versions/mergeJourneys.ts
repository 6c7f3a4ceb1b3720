/**
 * The three-way merge of `journey-studio merge` (docs/cli.md "The merge contract"), pure: every
 * kind of entity matched by id and merged field by field (mergeKinds.ts), then made valid
 * (mergeRepair.ts), then put in order (a reorder on one side is taken; additions on both sides
 * are kept). Where both sides changed one field differently ours is kept; where one side removed
 * what the other changed, the changed entity is kept. The result always passes
 * validateJourneyV2: if it did not, that is a bug, and the result is ours with the problems.
 */
import {
  validateJourneyV2,
  type ConnectionV2,
  type CustomChannelV2,
  type Emotions,
  type JourneyV2,
  type Lane,
  type PersonaV2,
  type StageV2,
  type Step,
  type TouchpointV2,
} from '../model/v2';
import { mergeKind, type Entity, type KindMerge, type KindRules, conflictOf } from './mergeKinds';
import { repairMerge, type AnnotationList, type MergeState, type Placed, ANNOTATION_LISTS } from './mergeRepair';
import type { MergeConflict, MergeResult } from './mergeTypes';
import { mergeFields, mergeOrder3, mergeValue, setOwn, type FieldConflict, type Fields } from './mergeValues';
import { NOT_JOURNEY_FIELDS } from './journeyKeys';

const ID = new Set(['id']);
const TOUCHPOINT_NESTED = new Set(['id', 'emotions', 'painPoints', 'opportunities', 'metrics']);
const ANNOTATION_FIELDS = new Set(['painPoints', 'opportunities', 'metrics']);

/** Field by field, the id first. */
function fieldRules<T extends Entity>(): KindRules<T> {
  return {
    item: (base, ours, theirs, report) => ({ id: ours.id, ...mergeFields(base, ours, theirs, ID, report) }) as T,
  };
}

/** Each persona's rating its own field (`emotions.<persona id>`), in ours' order then theirs' new ones. */
function mergeEmotions(
  base: Emotions | undefined,
  ours: Emotions,
  theirs: Emotions,
  report: (c: FieldConflict) => void,
): Emotions {
  const b = base ?? {};
  const out: Fields = {};
  const keys = [...Object.keys(ours), ...Object.keys(theirs).filter((k) => !Object.hasOwn(ours, k))];
  for (const key of keys) {
    const at = (e: Emotions) => (Object.hasOwn(e, key) ? e[key] : undefined);
    const merged = mergeValue(at(b), at(ours), at(theirs));
    if (merged.value !== undefined) setOwn(out, key, merged.value);
    if (merged.conflict) report({ field: `emotions.${key}`, ours: at(ours), theirs: at(theirs) });
  }
  return out as Emotions;
}

const touchpointRules: KindRules<TouchpointV2> = {
  item: (base, ours, theirs, report) =>
    ({
      id: ours.id,
      ...mergeFields(base, ours, theirs, TOUCHPOINT_NESTED, report),
      emotions: mergeEmotions(base?.emotions, ours.emotions, theirs.emotions, report),
      // Filled in once the pain points, opportunities and metrics are merged (they may move between cards).
      painPoints: [],
      opportunities: [],
      metrics: [],
    }) as unknown as TouchpointV2,
  secondary: ANNOTATION_FIELDS,
};

/** Pain points, opportunities and metrics, with the touchpoint they are in as one more field. */
const annotationRules: KindRules<Placed> = {
  item: (base, ours, theirs, report) => {
    const parent = mergeValue(base?.parentId, ours.parentId, theirs.parentId);
    if (parent.conflict) report({ field: 'parentId', ours: ours.parentId, theirs: theirs.parentId });
    return {
      id: ours.id,
      parentId: parent.value as string,
      item: { id: ours.id, ...mergeFields(base?.item, ours.item, theirs.item, ID, report) },
    };
  },
  fieldsOf: (placed) => ({ ...placed.item, parentId: placed.parentId }),
};

function placedAnnotations(journey: JourneyV2, list: AnnotationList): Placed[] {
  return journey.touchpoints.flatMap((tp) =>
    (tp[list] as Entity[]).map((item) => ({ id: item.id, parentId: tp.id, item: item as Fields & Entity })),
  );
}

const sidesOf = <T>(base: JourneyV2, ours: JourneyV2, theirs: JourneyV2, pick: (j: JourneyV2) => readonly T[]) => ({
  base: pick(base),
  ours: pick(ours),
  theirs: pick(theirs),
});

/** The kind's kept entities in the merged order; a reorder conflict is reported when `orderField` is given. */
function ordered<T extends Entity>(
  kind: KindMerge<T>,
  journeyId: string,
  conflicts: MergeConflict[],
  orderField?: string,
): T[] {
  const ids = (list: readonly T[]) => list.map((x) => x.id);
  const { base, ours, theirs } = kind.sides;
  const { order, conflict } = mergeOrder3(ids(base), ids(ours), ids(theirs), new Set(kind.kept.keys()));
  if (conflict && orderField) {
    const keptOnly = (list: readonly T[]) => ids(list).filter((id) => kind.kept.has(id));
    conflicts.push(conflictOf('journey', journeyId, orderField, keptOnly(ours), keptOnly(theirs)));
  }
  return order.map((id) => kind.kept.get(id)!);
}

/** The side that saved; when both did, the later save (ISO dates with any offset; ours when either does not parse). */
function mergeUpdatedAt(base: string, ours: string, theirs: string): string {
  if (theirs === base) return ours;
  if (ours === base) return theirs;
  const [o, t] = [Date.parse(ours), Date.parse(theirs)];
  return Number.isFinite(o) && Number.isFinite(t) && t > o ? theirs : ours;
}

function annotationsInto(state: MergeState, tp: TouchpointV2): TouchpointV2 {
  const out = { ...tp };
  for (const list of ANNOTATION_LISTS) {
    const kind = state.annotations[list];
    const keep = new Set<string>();
    for (const [id, placed] of kind.kept) if (placed.parentId === tp.id) keep.add(id);
    const listOf = (side: 'base' | 'ours' | 'theirs') =>
      ((state.touchpoints.byId[side].get(tp.id)?.[list] ?? []) as Entity[]).map((x) => x.id);
    const { order } = mergeOrder3(listOf('base'), listOf('ours'), listOf('theirs'), keep);
    // One that came from a card of another side's making is in none of this card's lists: it goes last.
    const placed = new Set(order);
    for (const id of keep) if (!placed.has(id)) order.push(id);
    (out as Record<string, unknown>)[list] = order.map((id) => kind.kept.get(id)!.item);
  }
  return out;
}

/** Merges `theirs` into `ours`, both descended from `base`; all three version 2 documents. */
export function mergeJourneys(base: JourneyV2, ours: JourneyV2, theirs: JourneyV2): MergeResult {
  const conflicts: MergeConflict[] = [];
  const journeyFields = mergeFields(base, ours, theirs, NOT_JOURNEY_FIELDS, (c) =>
    conflicts.push(conflictOf('journey', ours.id, c.field, c.ours, c.theirs)),
  );
  const sides = <T>(pick: (j: JourneyV2) => readonly T[]) => sidesOf(base, ours, theirs, pick);
  const state: MergeState = {
    journeyId: ours.id,
    personas: mergeKind<PersonaV2>(
      'persona',
      sides((j) => j.personas),
      fieldRules(),
      conflicts,
    ),
    stages: mergeKind<StageV2>(
      'stage',
      sides((j) => j.stages),
      fieldRules(),
      conflicts,
    ),
    lanes: mergeKind<Lane>(
      'lane',
      sides((j) => j.lanes),
      fieldRules(),
      conflicts,
    ),
    touchpoints: mergeKind(
      'touchpoint',
      sides((j) => j.touchpoints),
      touchpointRules,
      conflicts,
    ),
    steps: mergeKind<Step>(
      'step',
      sides((j) => j.steps),
      fieldRules(),
      conflicts,
    ),
    connections: mergeKind<ConnectionV2>(
      'connection',
      sides((j) => j.connections),
      fieldRules(),
      conflicts,
    ),
    annotations: {
      painPoints: mergeKind(
        'painPoint',
        sides((j) => placedAnnotations(j, 'painPoints')),
        annotationRules,
        conflicts,
      ),
      opportunities: mergeKind(
        'opportunity',
        sides((j) => placedAnnotations(j, 'opportunities')),
        annotationRules,
        conflicts,
      ),
      metrics: mergeKind(
        'metric',
        sides((j) => placedAnnotations(j, 'metrics')),
        annotationRules,
        conflicts,
      ),
    },
    channels: mergeKind<CustomChannelV2>(
      'channel',
      sides((j) => j.channels ?? []),
      fieldRules(),
      conflicts,
    ),
    resolutions: [],
    orderOf: (kind) => ordered(kind, ours.id, []),
  };
  repairMerge(state);

  const journey: Fields = { format: ours.format, version: ours.version };
  for (const [key, value] of Object.entries(journeyFields)) setOwn(journey, key, value);
  journey.personas = ordered(state.personas, ours.id, conflicts, 'order.personas');
  journey.stages = ordered(state.stages, ours.id, conflicts, 'order.stages');
  journey.lanes = ordered(state.lanes, ours.id, conflicts, 'order.lanes');
  journey.touchpoints = ordered(state.touchpoints, ours.id, conflicts).map((tp) => annotationsInto(state, tp));
  journey.steps = ordered(state.steps, ours.id, conflicts);
  journey.connections = ordered(state.connections, ours.id, conflicts);
  const channels = ordered(state.channels, ours.id, conflicts);
  // An empty list is written when a side that changed whether the list is there has one.
  const hasList = (j: JourneyV2) => j.channels !== undefined;
  if (channels.length > 0 || mergeValue(hasList(base), hasList(ours), hasList(theirs)).value === true)
    journey.channels = channels;
  journey.updatedAt = mergeUpdatedAt(base.updatedAt, ours.updatedAt, theirs.updatedAt);

  const valid = validateJourneyV2(journey);
  if (!valid.ok) return { journey: ours, conflicts, resolutions: state.resolutions, fallback: valid.problems };
  return { journey: journey as JourneyV2, conflicts, resolutions: state.resolutions };
}
