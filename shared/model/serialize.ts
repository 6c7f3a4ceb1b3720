/**
 * Stable serializer: fixed key order (the order of the fields in schema.ts), unknown keys after
 * the known ones in the order they came, 2-space indent, trailing newline. Saving an unchanged
 * document is byte-identical, so journey files diff well in git.
 */
import { journeySchema } from './schema';
import { fieldsOfSchema, type FieldInfo, type ObjectSchema } from './schemaWalk';
import type { JourneyV1 } from './types';

/** How a format version lists an object's fields (its schema walk's fieldsOfSchema). */
type FieldsOf = (schema: ObjectSchema) => FieldInfo<unknown>[];

function ordered(value: unknown, schema: ObjectSchema, fieldsOf: FieldsOf): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  // A null prototype: loaded files never contain __proto__ (refused at parse), and plain
  // assignment onto a null-prototype object cannot reach Object.prototype anyway.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const fields = fieldsOf(schema);
  for (const field of fields) {
    const v = source[field.key];
    if (v === undefined) continue;
    if (field.object) out[field.key] = ordered(v, field.object, fieldsOf);
    else if (field.items && Array.isArray(v)) out[field.key] = v.map((item) => ordered(item, field.items!, fieldsOf));
    else out[field.key] = v;
  }
  // Own keys only: an unknown field named "toString" or "valueOf" must not find Object.prototype's.
  for (const key of Object.keys(source)) {
    if (Object.hasOwn(schema.shape, key) || source[key] === undefined) continue;
    out[key] = source[key];
  }
  return out;
}

/** A document of any format version as file text, in the key order of `schema` (a map's keys as they come). */
export function serializeBySchema(value: unknown, schema: ObjectSchema, fieldsOf: FieldsOf): string {
  return `${JSON.stringify(ordered(value, schema, fieldsOf), null, 2)}\n`;
}

export function serializeJourneyV1(journey: JourneyV1): string {
  return serializeBySchema(journey, journeySchema, fieldsOfSchema);
}
