/**
 * fast-check arbitraries for valid format version 2 journeys, read from the version 2 zod schema
 * (shared/model/v2/schema.ts) the way journeyArbitraries.ts reads version 1's: every optional
 * field sometimes present, list lengths within the schema's bounds, unknown extra fields, ids
 * and references (emotion keys included) filled in from the schema's tags. On top of the shape,
 * the rules: text is well-formed, touchpoints sit in touchpoint lanes and steps in the others,
 * there is a touchpoint lane, no connection is a self-loop or a repeated pair.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { BUILT_IN_CHANNEL_IDS } from '../../../shared/model';
import {
  TOUCHPOINT_LANE_KIND,
  journeySchemaV2,
  stepSchema,
  touchpointSchemaV2,
  toWellFormedText,
  walkV2,
  type FieldInfoV2,
  type ItemKindV2,
  type JourneyV2,
  type ReferenceTargetV2,
} from '../../../shared/model/v2';
import type { ObjectSchema } from '../../../shared/model/schemaWalk';
import { ITEM_SLOT, REF_SLOT, anyText, leafArbitrary, withExtras } from './journeyArbitraries';

/** Seeds of the version 2 property tests: fixed so CI runs are reproducible. */
export const SEEDS_V2 = { roundTrip: 0x763272, migration: 0x6d6967, mutations: 0x6d7574 };

/** Any text, made well-formed (version 2 refuses unpaired surrogates; the rest of the mischief stays). */
export const wellFormedText = anyText.map(toWellFormedText);

const OVERRIDES = new Map<ObjectSchema, Record<string, fc.Arbitrary<unknown>>>([
  [journeySchemaV2, { id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) }],
]);

const DEFAULT_LIST_LENGTH = 3;

/** A list's length bounds from its schema, the longest capped at `wanted`. */
function lengthsOf(field: FieldInfoV2, wanted: number): { minLength: number; maxLength: number } {
  const { minItems = 0, maxItems = Infinity } = z.toJSONSchema(field.schema, { unrepresentable: 'any' }) as {
    minItems?: number;
    maxItems?: number;
  };
  return { minLength: minItems, maxLength: Math.max(minItems, Math.min(maxItems, wanted)) };
}

function fieldArbitrary(field: FieldInfoV2, sizes: Record<string, number>): fc.Arbitrary<unknown> {
  if (field.idRole?.role === 'item') return fc.constant(ITEM_SLOT);
  if (field.idRole?.role === 'reference') return fc.nat().map((n) => `${REF_SLOT}${n}`);
  if (field.keyRole?.role === 'reference') {
    // A map keyed by references (emotions by persona): keys are placeholders until the personas exist.
    const value = leafArbitrary((field.schema as z.ZodRecord).valueType as z.ZodType, wellFormedText);
    return fc
      .array(fc.tuple(fc.nat(), value), { maxLength: 3 })
      .map((entries) => Object.fromEntries(entries.map(([n, v]) => [`${REF_SLOT}${n}`, v])));
  }
  if (field.object) return objectArbitrary(field.object, sizes);
  if (field.items)
    return fc.array(objectArbitrary(field.items, sizes), lengthsOf(field, sizes[field.key] ?? DEFAULT_LIST_LENGTH));
  return leafArbitrary(field.schema, wellFormedText);
}

function objectArbitrary(schema: ObjectSchema, sizes: Record<string, number>): fc.Arbitrary<Record<string, unknown>> {
  const fields = walkV2.fieldsOfSchema(schema);
  const overrides = OVERRIDES.get(schema) ?? {};
  const model = Object.fromEntries(fields.map((f) => [f.key, overrides[f.key] ?? fieldArbitrary(f, sizes)]));
  return withExtras(
    fc.record(model, { requiredKeys: fields.filter((f) => !f.optional).map((f) => f.key) }),
    fields.map((f) => f.key),
  );
}

/** First ids named like Object.prototype members; a persona's may not be a key files refuse. */
const PROTOTYPE_IDS: Record<ItemKindV2, string> = {
  stage: '__proto__',
  touchpoint: 'constructor',
  painPoint: 'prototype',
  opportunity: 'isPrototypeOf',
  metric: 'valueOf',
  connection: 'propertyIsEnumerable',
  channel: 'hasOwnProperty',
  persona: 'toString',
  lane: 'toLocaleString',
  step: '__defineGetter__',
};

type Doc = Record<string, unknown> & { lanes: Record<string, unknown>[] };
type Pools = Record<ReferenceTargetV2 | 'touchpointLane' | 'stepLane', string[]>;

/** Which ids a reference may take: a lane reference depends on whose it is. */
function poolFor(pools: Pools, to: ReferenceTargetV2, owner: ObjectSchema): string[] {
  if (to !== 'lane') return pools[to];
  if (owner === touchpointSchemaV2) return pools.touchpointLane;
  if (owner === stepSchema) return pools.stepLane;
  return pools.lane;
}

/** Drops connections that are self-loops or repeat a pair, keeping the first. */
function keepDistinctPairs(connections: Record<string, unknown>[]): Record<string, unknown>[] {
  const pairs = new Set<string>();
  return connections.filter(({ from, to }) => {
    const pair = JSON.stringify([from, to]);
    if (from === to || pairs.has(pair)) return false;
    pairs.add(pair);
    return true;
  });
}

/** Fills the placeholders as journeyArbitraries.ts does, with version 2's pools and rules. */
function fillIds(raw: Record<string, unknown>, prefix: string, prototypeIds: boolean): JourneyV2 {
  const counts = new Map<ItemKindV2, number>();
  const doc = walkV2.mapIdFields(raw, journeySchemaV2, (role, old) => {
    if (role.role !== 'item' || old !== ITEM_SLOT) return old;
    const n = counts.get(role.kind) ?? 0;
    counts.set(role.kind, n + 1);
    return prototypeIds && n === 0 ? PROTOTYPE_IDS[role.kind] : `${prefix}:${role.kind}${n}`;
  }) as Doc;
  // The map needs a touchpoint lane; the schema guarantees at least one lane to make it.
  if (!doc.lanes.some((lane) => lane.kind === TOUCHPOINT_LANE_KIND))
    doc.lanes = [{ ...doc.lanes[0], kind: TOUCHPOINT_LANE_KIND }, ...doc.lanes.slice(1)];
  const ids = (key: string, keep: (item: Record<string, unknown>) => boolean = () => true) =>
    ((doc[key] ?? []) as Record<string, unknown>[]).filter(keep).map((item) => item.id as string);
  const pools: Pools = {
    persona: ids('personas'),
    stage: ids('stages'),
    lane: ids('lanes'),
    touchpointLane: ids('lanes', (l) => l.kind === TOUCHPOINT_LANE_KIND),
    stepLane: ids('lanes', (l) => l.kind !== TOUCHPOINT_LANE_KIND),
    card: [...ids('touchpoints'), ...ids('steps')],
    channel: [...BUILT_IN_CHANNEL_IDS, ...ids('channels')],
  };
  const pick = (pool: string[], slot: string) => pool[Number(slot.slice(REF_SLOT.length)) % pool.length]!;
  const resolve = (value: Record<string, unknown>, schema: ObjectSchema): Record<string, unknown> | null => {
    const out = { ...value };
    for (const field of walkV2.fieldsOfSchema(schema)) {
      if (!Object.hasOwn(value, field.key)) continue;
      const v = value[field.key];
      if (field.idRole?.role === 'reference' && typeof v === 'string' && v.startsWith(REF_SLOT)) {
        const pool = poolFor(pools, field.idRole.to, schema);
        if (pool.length === 0) return null;
        out[field.key] = pick(pool, v);
      } else if (field.keyRole?.role === 'reference') {
        const pool = pools[field.keyRole.to];
        const entries = Object.entries(v as Record<string, unknown>);
        out[field.key] = pool.length === 0 ? {} : Object.fromEntries(entries.map(([k, item]) => [pick(pool, k), item]));
      } else if (field.object) out[field.key] = resolve(v as Record<string, unknown>, field.object);
      else if (field.items) {
        const kept: Record<string, unknown>[] = [];
        for (const item of v as Record<string, unknown>[]) {
          const resolved = resolve(item, field.items);
          if (resolved) kept.push(resolved);
          // A card left out (no stage or lane to be in) is no connection's end either.
          else pools.card = pools.card.filter((id) => id !== item.id);
        }
        out[field.key] = field.key === 'connections' ? keepDistinctPairs(kept) : kept;
      }
    }
    return out;
  };
  return resolve(doc, journeySchemaV2) as unknown as JourneyV2;
}

export interface JourneyV2Sizes {
  personas?: number;
  stages?: number;
  lanes?: number;
  touchpoints?: number;
  steps?: number;
  connections?: number;
}

/** Valid version 2 journeys. */
export function journeyV2Arbitrary(sizes: JourneyV2Sizes = {}): fc.Arbitrary<JourneyV2> {
  const lengths = {
    personas: 3,
    stages: 3,
    lanes: 4,
    touchpoints: 5,
    steps: 4,
    connections: 6,
    opportunities: 2,
    metrics: 2,
    ...sizes,
  };
  return fc
    .record({
      idPrefix: fc.string({ unit: 'grapheme', maxLength: 8 }),
      prototypeIds: fc.boolean(),
      raw: objectArbitrary(journeySchemaV2, lengths),
    })
    .map(({ idPrefix, prototypeIds, raw }) => fillIds(raw, idPrefix, prototypeIds));
}
