/**
 * Where the fields of a journey document are, so mutations can aim at one: every known field
 * of every object in a parsed file, with its JSON type, whether it is required and its range,
 * all read from the zod schema (shared/model/schema.ts), so a new field is aimed at too. Version 1
 * by default; version 2's documents pass its schema and walk (shared/model/v2).
 */
import { z } from 'zod';
import { journeySchema } from '../../../shared/model/schema';
import { fieldsOfSchema, type FieldInfo, type ObjectSchema } from '../../../shared/model/schemaWalk';

/** How a format version lists an object's fields (its schema walk's fieldsOfSchema). */
export type FieldsOfSchema = (schema: ObjectSchema) => FieldInfo<{ role: string; to?: string }>[];

type JsonType = 'string' | 'number' | 'boolean' | 'array' | 'object';

interface FieldSpec {
  type: JsonType;
  required: boolean;
  /** Whole numbers between min and max. */
  range?: { min: number; max: number; integer: boolean };
  /** What kind of item this field must name (a reference). */
  refersTo?: string;
  /** The object, or each item of the list, this field holds. */
  holds?: ObjectSchema;
  /** The field is an id that must be unique. */
  isId?: boolean;
  /** The field is the document's own id (no uniqueness rule, but the same length limits). */
  isDocumentId?: boolean;
  /** The field can hold one value only (format, version). */
  isLiteral?: boolean;
}

function jsonType(schema: z.ZodType): JsonType {
  if (schema instanceof z.ZodLiteral) return typeof schema.value as JsonType;
  if (schema instanceof z.ZodEnum) return 'string';
  if (schema instanceof z.ZodRecord) return 'object';
  const type = schema.def.type;
  if (type === 'string' || type === 'number' || type === 'boolean' || type === 'array' || type === 'object')
    return type;
  throw new Error(`journeyFields: no JSON type for a "${type}" field; teach jsonType about it`);
}

function specOf(field: ReturnType<FieldsOfSchema>[number]): FieldSpec {
  const spec: FieldSpec = { type: jsonType(field.schema), required: !field.optional };
  const { schema, idRole } = field;
  if (
    schema instanceof z.ZodNumber &&
    schema.isInt &&
    Number.isFinite(schema.minValue) &&
    Number.isFinite(schema.maxValue)
  )
    spec.range = { min: schema.minValue!, max: schema.maxValue!, integer: true };
  if (idRole?.role === 'reference') spec.refersTo = idRole.to!;
  if (idRole?.role === 'item') spec.isId = true;
  if (idRole?.role === 'document') spec.isDocumentId = true;
  if (schema instanceof z.ZodLiteral) spec.isLiteral = true;
  const holds = field.object ?? field.items;
  if (holds) spec.holds = holds;
  return spec;
}

const specCache = new Map<FieldsOfSchema, Map<ObjectSchema, Record<string, FieldSpec>>>();

/** The known fields of one kind of object, keyed by name. */
export function specsOf(schema: ObjectSchema, listFields: FieldsOfSchema = fieldsOfSchema): Record<string, FieldSpec> {
  const cache = specCache.get(listFields) ?? new Map<ObjectSchema, Record<string, FieldSpec>>();
  specCache.set(listFields, cache);
  let specs = cache.get(schema);
  if (!specs) {
    specs = Object.fromEntries(listFields(schema).map((f) => [f.key, specOf(f)]));
    cache.set(schema, specs);
  }
  return specs;
}

export type Path = (string | number)[];

export interface Field {
  path: Path;
  key: string;
  spec: FieldSpec;
  present: boolean;
}

/** Every known field of every object in the document, present or not. */
export function fieldsOf(
  doc: Record<string, unknown>,
  root: ObjectSchema = journeySchema,
  listFields: FieldsOfSchema = fieldsOfSchema,
): Field[] {
  const found: Field[] = [];
  const walk = (value: unknown, schema: ObjectSchema, path: Path) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    const object = value as Record<string, unknown>;
    for (const [key, spec] of Object.entries(specsOf(schema, listFields))) {
      const present = Object.hasOwn(object, key);
      found.push({ path: [...path, key], key, spec, present });
      if (!present || !spec.holds) continue;
      const child = object[key];
      if (Array.isArray(child)) child.forEach((item, i) => walk(item, spec.holds!, [...path, key, i]));
      else walk(child, spec.holds, [...path, key]);
    }
  };
  walk(doc, root, []);
  return found;
}

/** The objects of the document (for adding keys): the root, and every object a known field holds. */
export function objectPaths(doc: Record<string, unknown>, fields: Field[] = fieldsOf(doc)): Path[] {
  const paths: Path[] = [[]];
  for (const field of fields) {
    if (!field.present || !field.spec.holds) continue;
    const value = get(doc, field.path);
    if (Array.isArray(value)) value.forEach((_, i) => paths.push([...field.path, i]));
    else paths.push(field.path);
  }
  return paths;
}

export function get(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], doc);
}

/** Sets (or with `undefined`, deletes) the value at path. The parent must exist. */
export function set(doc: unknown, path: Path, value: unknown): void {
  const parent = get(doc, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (value === undefined) delete parent[key];
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The way the loader writes a path in a problem: `touchpoints[0].painPoints[1].severity`. */
export function formatPath(path: Path): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}
