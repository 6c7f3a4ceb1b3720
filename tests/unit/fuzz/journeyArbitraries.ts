/**
 * fast-check arbitraries for valid journey documents, read from the zod schema
 * (shared/model/schema.ts) so a new field is generated too: every optional field sometimes
 * present, references that resolve, unique ids, custom channels, unknown extra fields on every
 * object, and text from the whole of Unicode plus markup and control characters.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { BUILT_IN_CHANNEL_IDS, FORBIDDEN_KEYS, type JourneyV1 as Journey } from '../../../shared/model';
import {
  ITEM_ID_PREFIXES,
  journeySchema,
  positionSchema,
  type ItemKind,
  type ReferenceTarget,
} from '../../../shared/model/schema';
import { fieldsOfSchema, mapIdFields, type FieldInfo, type ObjectSchema } from '../../../shared/model/schemaWalk';
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

/** Real maps stay within a few thousand pixels; ±1e7 also covers hand-edited files. */
const coordinate = fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true });
/** Any finite number: small whole ones (the usual KPI values) and the whole double range. */
export const anyFinite = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
export const isoDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** Names Object.prototype already has: as ids or keys they must stay plain data (values are allowed). */
export const PROTOTYPE_NAMES = [
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

export const withExtras = <T extends object>(arb: fc.Arbitrary<T>, known: readonly string[]) =>
  fc
    .tuple(arb, fc.oneof({ weight: 9, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extras(known) }))
    .map(([value, more]) => ({ ...more, ...value }));

/** Where the generic choice below is not the right one, per object schema and field. */
const OVERRIDES = new Map<ObjectSchema, Record<string, fc.Arbitrary<unknown>>>([
  [positionSchema, { x: coordinate, y: coordinate }],
  [journeySchema, { id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) }],
]);

/** Placeholders until the whole document exists: an item id to assign, a reference to point (`ref:<n>`). */
export const ITEM_SLOT = '\u0000item';
export const REF_SLOT = '\u0000ref:';

const DEFAULT_LIST_LENGTH = 3;

/** A value for a field that is neither an id nor an object, read from its zod schema (strings from `text`). */
export function leafArbitrary(schema: z.ZodType, text: fc.Arbitrary<string> = anyText): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodLiteral) return fc.constant(schema.value);
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...schema.options);
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodNumber) {
    const { minValue: min, maxValue: max } = schema;
    const bounded = Number.isFinite(min) || Number.isFinite(max);
    // Whole numbers within their bounds (an open bound is the safe-integer limit); other bounded numbers as doubles.
    if (schema.isInt && bounded)
      return fc.integer({
        min: Math.max(min ?? Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
        max: Math.min(max ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
      });
    if (bounded)
      return fc.double({
        min: min ?? -Number.MAX_VALUE,
        max: max ?? Number.MAX_VALUE,
        noNaN: true,
        noDefaultInfinity: true,
      });
    return anyFinite;
  }
  // Checked by kind: z.iso.datetime() is a string schema but not a ZodString instance.
  if (schema.def.type === 'string') {
    if ((schema as z.ZodString).format === 'datetime') return isoDate;
    const { pattern } = z.toJSONSchema(schema) as { pattern?: string };
    return pattern ? fc.stringMatching(new RegExp(pattern)) : text;
  }
  if (schema instanceof z.ZodArray) return fc.array(leafArbitrary(schema.element as z.ZodType, text), { maxLength: 3 });
  throw new Error(`journeyArbitraries: no arbitrary for a "${schema.def.type}" field; teach leafArbitrary about it`);
}

function fieldArbitrary(field: FieldInfo, sizes: Record<string, number>): fc.Arbitrary<unknown> {
  if (field.idRole?.role === 'item') return fc.constant(ITEM_SLOT);
  if (field.idRole?.role === 'reference') return fc.nat().map((n) => `${REF_SLOT}${n}`);
  if (field.object) return objectArbitrary(field.object, sizes);
  if (field.items)
    return fc.array(objectArbitrary(field.items, sizes), { maxLength: sizes[field.key] ?? DEFAULT_LIST_LENGTH });
  return leafArbitrary(field.schema);
}

function objectArbitrary(schema: ObjectSchema, sizes: Record<string, number>): fc.Arbitrary<Record<string, unknown>> {
  const fields = fieldsOfSchema(schema);
  const overrides = OVERRIDES.get(schema) ?? {};
  const model = Object.fromEntries(fields.map((f) => [f.key, overrides[f.key] ?? fieldArbitrary(f, sizes)]));
  const requiredKeys = fields.filter((f) => !f.optional).map((f) => f.key);
  return withExtras(
    fc.record(model, { requiredKeys }),
    fields.map((f) => f.key),
  );
}

export interface JourneySizes {
  stages?: number;
  touchpoints?: number;
  connections?: number;
}

const ITEM_KINDS = Object.keys(ITEM_ID_PREFIXES) as ItemKind[];

/**
 * Fills the placeholders: item ids share a random prefix (any text, so ids too get odd
 * characters) and stay unique through a per-kind suffix; sometimes the first id of each kind
 * is a name Object.prototype has (all distinct, so still unique). References pick among the
 * ids that exist; an item whose reference has nothing to point at (a touchpoint when there are
 * no stages, then its flows) is left out. Copies: generated values are never mutated.
 */
function fillIds(raw: Record<string, unknown>, prefix: string, prototypeIds: boolean): Journey {
  const targets: Record<ReferenceTarget, string[]> = { stage: [], touchpoint: [], channel: [...BUILT_IN_CHANNEL_IDS] };
  const counts = new Map<ItemKind, number>();
  const withIds = mapIdFields(raw, journeySchema, (role, old) => {
    if (role.role !== 'item' || old !== ITEM_SLOT) return old;
    const n = counts.get(role.kind) ?? 0;
    counts.set(role.kind, n + 1);
    const id = prototypeIds && n === 0 ? PROTOTYPE_NAMES[ITEM_KINDS.indexOf(role.kind)]! : `${prefix}:${role.kind}${n}`;
    if (role.kind in targets) targets[role.kind as ReferenceTarget].push(id);
    return id;
  });
  const resolve = (value: Record<string, unknown>, schema: ObjectSchema): Record<string, unknown> | null => {
    const out = { ...value };
    for (const field of fieldsOfSchema(schema)) {
      if (!Object.hasOwn(value, field.key)) continue;
      const v = value[field.key];
      if (field.idRole?.role === 'reference' && typeof v === 'string' && v.startsWith(REF_SLOT)) {
        const candidates = targets[field.idRole.to];
        if (candidates.length === 0) return null;
        out[field.key] = candidates[Number(v.slice(REF_SLOT.length)) % candidates.length]!;
      } else if (field.object) out[field.key] = resolve(v as Record<string, unknown>, field.object);
      else if (field.items) {
        const kept: Record<string, unknown>[] = [];
        for (const item of v as Record<string, unknown>[]) {
          const resolved = resolve(item, field.items);
          if (resolved) kept.push(resolved);
          else
            for (const list of Object.values(targets)) {
              const at = list.indexOf(item.id as string);
              if (at >= 0) list.splice(at, 1);
            }
        }
        out[field.key] = kept;
      }
    }
    return out;
  };
  return resolve(withIds, journeySchema) as unknown as Journey;
}

/** Valid journeys. */
export function journeyArbitrary(sizes: JourneySizes = {}): fc.Arbitrary<Journey> {
  // Longest lists, tuned for run time; a list not named here gets DEFAULT_LIST_LENGTH.
  const lengths = { stages: 4, touchpoints: 6, connections: 5, opportunities: 2, metrics: 2, ...sizes };
  return fc
    .record({
      idPrefix: fc.string({ unit: 'grapheme', maxLength: 8 }),
      prototypeIds: fc.boolean(),
      raw: objectArbitrary(journeySchema, lengths),
    })
    .map(({ idPrefix, prototypeIds, raw }) => fillIds(raw, idPrefix, prototypeIds));
}
