/**
 * fast-check arbitraries for valid journey documents (DESIGN.md format, version 1): every
 * optional field sometimes present, references that resolve, unique ids, custom channels,
 * unknown extra fields, and text from the whole of Unicode plus markup and control characters.
 */
import fc from 'fast-check';
import {
  BUILT_IN_CHANNEL_IDS,
  FORMAT_NAME,
  FORMAT_VERSION,
  KPI_IDS,
  OPPORTUNITY_STATUSES,
  PAIN_SOURCES,
  TIERS,
  type Journey,
} from '../../../shared/model';
import { HOSTILE_PAYLOADS } from '../../fixtures/hostile/payloads';

/** Seeds of the property tests: fixed so CI runs are reproducible (change one to explore). */
export const SEEDS = { roundTrip: 0x6a6f75, mutations: 0x726e79, renderers: 0x73747564, bytes: 0x696f };

/** Characters that break naive escaping or rendering: XML-invalid controls, lone surrogates, bidi overrides. */
const AWKWARD_UNITS = [
  '\u0000',
  '\u0007',
  '\u000b',
  '\u001f',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\u202e',
  '\u200f',
  '&',
  '<',
  '"',
  "'",
];

const awkwardUnit = fc.constantFrom(...AWKWARD_UNITS);

/** Any text a person (or an attacker) could type into a field. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_PAYLOADS) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.oneof(awkwardUnit, fc.string({ unit: 'grapheme', maxLength: 2 })), maxLength: 12 }),
  },
  { weight: 1, arbitrary: fc.constantFrom('مرحبا بالعالم', 'שלום עולם', '顾客旅程 🧭', '👩🏽‍💻🚀✨', '') },
);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const score = fc.integer({ min: 1, max: 5 });
/** Real maps stay within a few thousand pixels; ±1e7 also covers hand-edited files. */
const coordinate = fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true });
const metricValue = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const isoDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Names Object.prototype already has: as ids or keys they must stay plain data (values are allowed). */
const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
];
const PROTOTYPE_KEYS = PROTOTYPE_NAMES.filter((k) => !FORBIDDEN_KEYS.has(k));

/** JSON values a newer tool might have written, without keys the loader refuses. */
const extraValue = fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme' }).filter(function clean(
  value: unknown,
): boolean {
  if (Array.isArray(value)) return value.every(clean);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).every(([k, v]) => !FORBIDDEN_KEYS.has(k) && clean(v));
  return true;
});

/** Unknown fields for an object whose known keys are `known`; the loader must keep them. */
const extras = (known: readonly string[]) =>
  fc
    .dictionary(
      fc
        .oneof(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }), fc.constantFrom(...PROTOTYPE_KEYS))
        .filter((k) => !known.includes(k) && !FORBIDDEN_KEYS.has(k)),
      extraValue,
      { maxKeys: 2 },
    )
    .map((d) => ({ ...d }));

const withExtras = <T extends object>(arb: fc.Arbitrary<T>, known: readonly string[]) =>
  fc
    .tuple(arb, fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extras(known) }))
    .map(([value, more]) => ({ ...more, ...value }));

/** Drops keys whose value is undefined, as a file would not have them. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const personaArb = withExtras(
  fc.record({
    name: anyText,
    description: anyText,
    goals: fc.array(anyText, { maxLength: 3 }),
    needs: fc.array(anyText, { maxLength: 3 }),
    expectations: fc.array(anyText, { maxLength: 3 }),
  }),
  ['name', 'description', 'goals', 'needs', 'expectations'],
);

const stageRaw = withExtras(
  fc.record({
    name: anyText,
    description: optional(anyText),
    customerGoal: optional(anyText),
    color: optional(fc.stringMatching(/^#[0-9a-fA-F]{6}$/)),
  }),
  ['id', 'name', 'description', 'customerGoal', 'color'],
);

const painRaw = withExtras(
  fc.record({
    text: anyText,
    severity: score,
    source: fc.constantFrom(...PAIN_SOURCES),
    evidence: optional(anyText),
  }),
  ['id', 'text', 'severity', 'source', 'evidence'],
);

const opportunityRaw = fc.record({
  text: anyText,
  impact: score,
  effort: score,
  owner: optional(anyText),
  status: fc.constantFrom(...OPPORTUNITY_STATUSES),
});

const metricRaw = fc.record({
  kpi: fc.constantFrom(...KPI_IDS),
  label: optional(anyText),
  unit: optional(anyText),
  baseline: optional(metricValue),
  current: optional(metricValue),
  target: optional(metricValue),
  higherIsBetter: fc.boolean(),
});

const touchpointRaw = withExtras(
  fc.record({
    stageIndex: fc.nat(),
    channelIndex: fc.nat(),
    title: anyText,
    description: optional(anyText),
    tier: fc.constantFrom(...TIERS),
    emotion: optional(fc.integer({ min: -2, max: 2 })),
    momentOfTruth: fc.boolean(),
    painPoints: fc.array(painRaw, { maxLength: 3 }),
    opportunities: fc.array(opportunityRaw, { maxLength: 2 }),
    metrics: fc.array(metricRaw, { maxLength: 2 }),
    owner: optional(anyText),
    notes: optional(anyText),
    position: fc.record({ x: coordinate, y: coordinate }),
  }),
  [
    'id',
    'stageId',
    'channel',
    'title',
    'description',
    'tier',
    'emotion',
    'momentOfTruth',
    'painPoints',
    'opportunities',
    'metrics',
    'owner',
    'notes',
    'position',
    'stageIndex',
    'channelIndex',
  ],
);

export interface JourneySizes {
  stages?: number;
  touchpoints?: number;
  connections?: number;
}

/**
 * Valid journeys. Ids share a random prefix (any text, so ids too get odd characters) and
 * stay unique through a per-kind suffix; references are picked among the ids that exist.
 */
export function journeyArbitrary(sizes: JourneySizes = {}): fc.Arbitrary<Journey> {
  return fc
    .record({
      idPrefix: fc.string({ unit: 'grapheme', maxLength: 8 }),
      prototypeIds: fc.boolean(),
      id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
      title: anyText,
      description: optional(anyText),
      persona: optional(personaArb),
      stages: fc.array(stageRaw, { maxLength: sizes.stages ?? 4 }),
      touchpoints: fc.array(touchpointRaw, { maxLength: sizes.touchpoints ?? 6 }),
      connections: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), label: optional(anyText) }), {
        maxLength: sizes.connections ?? 5,
      }),
      channels: optional(fc.array(withExtras(fc.record({ name: anyText }), ['id', 'name']), { maxLength: 3 })),
      createdAt: isoDate,
      updatedAt: isoDate,
      extra: extras([
        'format',
        'version',
        'id',
        'title',
        'description',
        'persona',
        'stages',
        'touchpoints',
        'connections',
        'channels',
        'createdAt',
        'updatedAt',
      ]),
    })
    .map((raw) => {
      const p = raw.idPrefix;
      // Sometimes the first id of each kind is a name Object.prototype has (all distinct, so still unique).
      const named = (kind: number, i: number, fallback: string) =>
        raw.prototypeIds && i === 0 ? PROTOTYPE_NAMES[kind]! : fallback;
      const stages = raw.stages.map((s, i) => compact({ ...s, id: named(0, i, `${p}:s${i}`) }));
      const channels = raw.channels?.map((c, i) => compact({ ...c, id: named(1, i, `${p}:ch${i}`) }));
      const channelIds = [...BUILT_IN_CHANNEL_IDS, ...(channels ?? []).map((c) => c.id)];
      const touchpoints =
        stages.length === 0
          ? []
          : raw.touchpoints.map(({ stageIndex, channelIndex, ...tp }, i) =>
              compact({
                ...tp,
                id: named(2, i, `${p}:t${i}`),
                stageId: stages[stageIndex % stages.length]!.id,
                channel: channelIds[channelIndex % channelIds.length]!,
                painPoints: tp.painPoints.map((x, j) => compact({ ...x, id: named(3, i + j, `${p}:t${i}p${j}`) })),
                opportunities: tp.opportunities.map((x, j) =>
                  compact({ ...x, id: named(4, i + j, `${p}:t${i}o${j}`) }),
                ),
                metrics: tp.metrics.map((x, j) => compact({ ...x, id: named(5, i + j, `${p}:t${i}m${j}`) })),
              }),
            );
      const connections =
        touchpoints.length === 0
          ? []
          : raw.connections.map((c, i) =>
              compact({
                id: named(6, i, `${p}:f${i}`),
                from: touchpoints[c.from % touchpoints.length]!.id,
                to: touchpoints[c.to % touchpoints.length]!.id,
                label: c.label,
              }),
            );
      return compact({
        ...raw.extra,
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        id: raw.id,
        title: raw.title,
        description: raw.description,
        persona: raw.persona,
        stages,
        touchpoints,
        connections,
        channels,
        createdAt: raw.createdAt,
        updatedAt: raw.updatedAt,
      }) as Journey;
    });
}
