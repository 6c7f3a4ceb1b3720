/**
 * Ways to break a valid version 2 file: every way journeyMutations.ts breaks a version 1 file
 * (aimed through the version 2 schema), plus one per version 2 rule, each saying which problem
 * the version 2 loader must report.
 */
import fc from 'fast-check';
import {
  FORMAT_VERSION_V2,
  MAX_LANES,
  MAX_PERSONAS,
  POSITION_MAX,
  TOUCHPOINT_LANE_KIND,
} from '../../../shared/model/v2';
import { journeySchemaV2, serializeJourneyV2, walkV2, type JourneyV2 } from '../../../shared/model/v2';
import { fieldsOf, set, type Field } from './journeyFields';
import {
  INFINITY_MARK,
  MUTATE,
  MUTATION_KINDS,
  at,
  pickFrom,
  type ExpectedProblem,
  type Mutation,
} from './journeyMutations';
import { journeyV2Arbitrary } from './journeyV2Arbitraries';

const V2_KINDS = [
  'card-in-wrong-lane',
  'self-loop',
  'repeated-pair',
  'emotion-key',
  'emotion-out-of-range',
  'position-outside-cell',
  'unpaired-surrogate',
  'too-many-personas',
  'too-many-lanes',
  'no-touchpoint-lane',
] as const;
type KindV2 =
  Exclude<(typeof MUTATION_KINDS)[number], 'newer-version'> | 'newer-version-v2' | (typeof V2_KINDS)[number];
/** Version 1's kinds (a newer version meaning above 2 here) and version 2's own. */
export const MUTATION_KINDS_V2: readonly KindV2[] = [
  ...MUTATION_KINDS.filter((k): k is Exclude<typeof k, 'newer-version'> => k !== 'newer-version'),
  'newer-version-v2',
  ...V2_KINDS,
];

type Doc = JourneyV2 & Record<string, unknown>;
type MutateV2 = (doc: Doc, fields: Field[], pick: number, variant: number) => ExpectedProblem | null;

/** Ids no generated id can equal: generated ones hold a ":" or name an Object.prototype member. */
const freshId = (what: string, n: number) => `mutation-${what}-${n}`;

const V2_MUTATE: Record<(typeof V2_KINDS)[number] | 'newer-version-v2', MutateV2> = {
  'card-in-wrong-lane': (doc, _fields, pick) => {
    const touchpointLane = doc.lanes.find((l) => l.kind === TOUCHPOINT_LANE_KIND)!;
    const otherLane = doc.lanes.find((l) => l.kind !== TOUCHPOINT_LANE_KIND);
    if (otherLane && doc.touchpoints.length > 0) {
      const i = pick % doc.touchpoints.length;
      doc.touchpoints[i]!.laneId = otherLane.id;
      return { path: `touchpoints[${i}].laneId`, message: /a touchpoint belongs in a lane of kind "touchpoints"/ };
    }
    if (doc.steps.length === 0) return null;
    const i = pick % doc.steps.length;
    doc.steps[i]!.laneId = touchpointLane.id;
    return { path: `steps[${i}].laneId`, message: /a step belongs in a lane of another kind/ };
  },
  'self-loop': (doc, _fields, pick, variant) => {
    const cards = [...doc.touchpoints, ...doc.steps];
    if (cards.length === 0) return null;
    const card = cards[pick % cards.length]!.id;
    doc.connections.push({ id: freshId('loop', variant), from: card, to: card });
    return { path: `connections[${doc.connections.length - 1}]`, message: /to itself/ };
  },
  'repeated-pair': (doc, _fields, pick, variant) => {
    if (doc.connections.length === 0) return null;
    const { from, to } = doc.connections[pick % doc.connections.length]!;
    doc.connections.push({ id: freshId('again', variant), from, to, label: 'again' });
    return { path: `connections[${doc.connections.length - 1}]`, message: /repeats the connection/ };
  },
  'emotion-key': (doc, _fields, pick, variant) => {
    if (doc.touchpoints.length === 0) return null;
    const i = pick % doc.touchpoints.length;
    const key = freshId('persona', variant);
    doc.touchpoints[i]!.emotions = { ...doc.touchpoints[i]!.emotions, [key]: (variant % 5) - 2 };
    return { path: `touchpoints[${i}].emotions.${key}`, message: /no persona has the id/ };
  },
  'emotion-out-of-range': (doc, _fields, pick, variant) => {
    if (doc.touchpoints.length === 0 || doc.personas.length === 0) return null;
    const i = pick % doc.touchpoints.length;
    const persona = doc.personas[variant % doc.personas.length]!.id;
    doc.touchpoints[i]!.emotions = { ...doc.touchpoints[i]!.emotions, [persona]: pickFrom([3, -3, 0.5, 99], variant)! };
    return { path: `touchpoints[${i}].emotions.${persona}`, message: /at most|at least|whole number/ };
  },
  'position-outside-cell': (doc, _fields, pick, variant) => {
    const cards = [
      ...doc.touchpoints.map((c) => ['touchpoints', c] as const),
      ...doc.steps.map((c) => ['steps', c] as const),
    ];
    if (cards.length === 0) return null;
    const [list, card] = cards[pick % cards.length]!;
    const axis = variant % 2 === 0 ? 'x' : 'y';
    card.position[axis] = pickFrom([-1, POSITION_MAX + 1, -1e9, 1e12, -0.5], variant)!;
    const i = (doc[list] as { id: string }[]).findIndex((c) => c.id === card.id);
    return { path: `${list}[${i}].position.${axis}`, message: /at least 0|at most 100000/ };
  },
  'unpaired-surrogate': (doc, fields, pick, variant) => {
    // Any string but the envelope (a broken format or version is refused before text is read).
    const field = pickFrom(
      fields.filter((f) => f.present && f.spec.type === 'string' && !f.spec.isLiteral),
      pick,
    );
    if (!field) return null;
    const old = field.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc) as string;
    const lone = pickFrom(['\ud800', '\udfff', '\udbff'], variant)!;
    set(doc, field.path, variant % 2 === 0 ? `${old}${lone}` : `${lone}${old}`);
    return { path: at(field), message: /well-formed Unicode/ };
  },
  'too-many-personas': (doc, _fields, _pick, variant) => {
    for (let n = 0; doc.personas.length <= MAX_PERSONAS; n++)
      doc.personas.push({ id: freshId(`p${variant}`, n), name: '', goals: [], needs: [], expectations: [] });
    return { path: 'personas', message: /at most 8 entries/ };
  },
  'too-many-lanes': (doc, _fields, _pick, variant) => {
    for (let n = 0; doc.lanes.length <= MAX_LANES; n++)
      doc.lanes.push({ id: freshId(`l${variant}`, n), name: '', kind: 'notes' });
    return { path: 'lanes', message: /at most 20 entries/ };
  },
  'no-touchpoint-lane': (doc) => {
    for (const lane of doc.lanes) if (lane.kind === TOUCHPOINT_LANE_KIND) lane.kind = 'notes';
    return { path: 'lanes', message: /needs at least one lane of kind "touchpoints"/ };
  },
  'newer-version-v2': (doc, _fields, _pick, variant) => {
    set(doc, ['version'], FORMAT_VERSION_V2 + 1 + (variant % 1000));
    return { path: 'version', message: /newer Journey Studio/ };
  },
};

/** Applies one mutation to a serialized copy of the journey; falls back to removing a field. */
export function mutateV2(journey: JourneyV2, kind: KindV2, pick: number, variant: number): Mutation {
  const doc = JSON.parse(serializeJourneyV2(journey)) as Doc;
  const fields = fieldsOf(doc, journeySchemaV2, walkV2.fieldsOfSchema);
  const apply = (k: KindV2) =>
    k in V2_MUTATE
      ? V2_MUTATE[k as keyof typeof V2_MUTATE](doc, fields, pick, variant)
      : MUTATE[k as keyof typeof MUTATE](doc, fields, pick, variant);
  let applied: KindV2 = kind;
  let expected = apply(kind);
  if (!expected) {
    applied = 'missing-field';
    expected = apply('missing-field')!;
  }
  const text = JSON.stringify(doc, null, 2).replaceAll(JSON.stringify(INFINITY_MARK), '1e999');
  return { kind: applied, text, expected };
}

export const mutationV2Arbitrary = fc
  .record({
    journey: journeyV2Arbitrary(),
    kind: fc.constantFrom(...MUTATION_KINDS_V2),
    pick: fc.nat(),
    variant: fc.nat(),
  })
  .map(({ journey, kind, pick, variant }) => mutateV2(journey, kind, pick, variant));
