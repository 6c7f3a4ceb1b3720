/**
 * The loose twin of the strict schema, for reading files and clipboard text: the same fields,
 * checks and messages, but every object keeps keys it does not know (fields written by newer
 * tools or by hand), so a load/save round trip loses nothing. Types stay the strict ones; the
 * extra keys ride along untyped.
 */
import { z } from 'zod';
import { journeySchema } from './schema';

const cache = new WeakMap<z.ZodType, z.ZodType>();

/** Container kinds the walk below does not open; a schema using one must teach it how first. */
const UNSUPPORTED = new Set(['union', 'intersection', 'tuple', 'map', 'set', 'lazy', 'pipe', 'default']);

function loosen(schema: z.ZodType): z.ZodType {
  const cached = cache.get(schema);
  if (cached) return cached;
  let loose: z.ZodType;
  if (schema instanceof z.ZodObject) {
    if ((schema.def.checks ?? []).length > 0) throw new Error('fileSchemaOf: object-level checks are not carried over');
    loose = z.looseObject(
      Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, loosen(field as z.ZodType)])),
    );
  } else if (schema instanceof z.ZodArray) {
    const original = schema.element as z.ZodType;
    const element = loosen(original);
    // clone keeps the array's own checks (a minimum length, say).
    loose = element === original ? schema : schema.clone({ ...schema.def, element });
  } else if (schema instanceof z.ZodRecord) {
    const original = schema.valueType as z.ZodType;
    const valueType = loosen(original);
    // clone keeps the key schema itself, and with it the role a registry gave it.
    loose = valueType === original ? schema : schema.clone({ ...schema.def, valueType });
  } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    const wrapped = schema.unwrap() as z.ZodType;
    const inner = loosen(wrapped);
    loose = inner === wrapped ? schema : schema instanceof z.ZodOptional ? inner.optional() : inner.nullable();
  } else if (UNSUPPORTED.has(schema.def.type)) {
    throw new Error(`fileSchemaOf: cannot loosen a "${schema.def.type}" schema`);
  } else {
    loose = schema;
  }
  cache.set(schema, loose);
  return loose;
}

/** The file-reading variant of a model schema: same output type, unknown keys kept at every level. */
export function fileSchemaOf<T extends z.ZodType>(schema: T): z.ZodType<z.output<T>, z.input<T>> {
  return loosen(schema) as z.ZodType<z.output<T>, z.input<T>>;
}

/** What `.journey` files are parsed with (and what docs/journey.schema.json describes). */
export const journeyFileSchemaV1 = fileSchemaOf(journeySchema);
