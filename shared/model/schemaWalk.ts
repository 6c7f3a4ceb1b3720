/**
 * The model's shape read out of the zod schema, so the code that follows the shape (the
 * serializer's key order, reference checks, id remapping, edit patch field lists, the fuzz
 * tables) does not restate it. Adding a field to schema.ts is enough for all of them.
 */
import { z } from 'zod';
import { idRoles, type IdRole } from './schema';

/** An object schema of the model (strict or loose). */
export type ObjectSchema = z.ZodObject;

export interface FieldInfo {
  key: string;
  optional: boolean;
  /** The field's schema without its `.optional()`. */
  schema: z.ZodType;
  /** The field holds a list (of records or of plain values). */
  list: boolean;
  /** For a nested object: its schema. */
  object?: ObjectSchema;
  /** For a list of objects: the schema of each item. */
  items?: ObjectSchema;
  /** For an id or a reference: what it means. */
  idRole?: IdRole;
}

const fieldCache = new WeakMap<ObjectSchema, FieldInfo[]>();

/** The fields of an object schema, in the order the file format writes them. */
export function fieldsOfSchema(schema: ObjectSchema): FieldInfo[] {
  const cached = fieldCache.get(schema);
  if (cached) return cached;
  const fields = Object.entries(schema.shape).map(([key, raw]): FieldInfo => {
    const optional = raw instanceof z.ZodOptional;
    const field = (optional ? raw.unwrap() : raw) as z.ZodType;
    const info: FieldInfo = { key, optional, schema: field, list: field instanceof z.ZodArray };
    if (field instanceof z.ZodObject) info.object = field;
    if (field instanceof z.ZodArray && field.element instanceof z.ZodObject) info.items = field.element;
    const role = idRoles.get(field);
    if (role) info.idRole = role;
    return info;
  });
  fieldCache.set(schema, fields);
  return fields;
}

/** The free-text fields of an object: plain strings, not ids, references, colours or dates. */
export function textFieldsOf(schema: ObjectSchema): string[] {
  return fieldsOfSchema(schema)
    .filter(
      (f) =>
        f.schema.def.type === 'string' &&
        !f.idRole &&
        !(f.schema as z.ZodString).format &&
        (f.schema.def.checks ?? []).length === 0,
    )
    .map((f) => f.key);
}

type Path = (string | number)[];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Calls `visit` for every object the schema describes inside `value` (the value itself first). */
export function forEachObject(
  value: unknown,
  schema: ObjectSchema,
  visit: (object: Record<string, unknown>, schema: ObjectSchema, path: Path) => void,
  path: Path = [],
): void {
  if (!isRecord(value)) return;
  visit(value, schema, path);
  for (const field of fieldsOfSchema(schema)) {
    if (!Object.hasOwn(value, field.key)) continue;
    const child = value[field.key];
    if (field.object) forEachObject(child, field.object, visit, [...path, field.key]);
    else if (field.items && Array.isArray(child))
      child.forEach((item, i) => forEachObject(item, field.items!, visit, [...path, field.key, i]));
  }
}

export interface IdField {
  path: Path;
  value: string;
  role: IdRole;
}

/** Every id and reference in `value`, in document order. */
export function idFieldsOf(value: unknown, schema: ObjectSchema): IdField[] {
  const found: IdField[] = [];
  forEachObject(value, schema, (object, objectSchema, path) => {
    for (const field of fieldsOfSchema(objectSchema)) {
      const v = object[field.key];
      if (field.idRole && typeof v === 'string')
        found.push({ path: [...path, field.key], value: v, role: field.idRole });
    }
  });
  return found;
}

/**
 * A copy of `value` in which every id and reference is what `replace` returns for it. Objects
 * the schema describes are copied (unknown keys kept); anything else is shared with the input.
 */
export function mapIdFields<T>(value: T, schema: ObjectSchema, replace: (role: IdRole, old: string) => string): T {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const field of fieldsOfSchema(schema)) {
    if (!Object.hasOwn(value, field.key)) continue;
    const v = value[field.key];
    if (field.idRole && typeof v === 'string') out[field.key] = replace(field.idRole, v);
    else if (field.object) out[field.key] = mapIdFields(v, field.object, replace);
    else if (field.items && Array.isArray(v))
      out[field.key] = v.map((item) => mapIdFields(item, field.items!, replace));
  }
  return out as T;
}
