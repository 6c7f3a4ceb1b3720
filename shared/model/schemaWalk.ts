/**
 * The model's shape read out of the zod schema, so the code that follows the shape (the
 * serializer's key order, reference checks, id remapping, edit patch field lists, the fuzz
 * tables) does not restate it. Adding a field to schema.ts is enough for all of them.
 *
 * Each format version tags its ids and references in its own registry (version 1's `idRoles`,
 * version 2's in v2/schema.ts), so a walk is made for a registry; the functions exported here
 * are version 1's walk.
 */
import { z } from 'zod';
import { idRoles, type IdRole } from './schema';

/** An object schema of the model (strict or loose). */
export type ObjectSchema = z.ZodObject;

export interface FieldInfo<Role = IdRole> {
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
  /** For a map of plain values keyed by ids (a touchpoint's emotions per persona): what its keys mean. */
  keyRole?: Role;
  /** For an id or a reference: what it means. */
  idRole?: Role;
}

type Path = (string | number)[];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface IdField<Role = IdRole> {
  path: Path;
  value: string;
  role: Role;
}

/** Where a walk reads what an id-like field means: a zod registry. */
export interface RoleRegistry<Role> {
  get(schema: z.ZodType): Role | undefined;
}

/** The functions that follow one format version's schema, with that version's id roles. */
export interface SchemaWalk<Role> {
  /** The fields of an object schema, in the order the file format writes them. */
  fieldsOfSchema(schema: ObjectSchema): FieldInfo<Role>[];
  /** The free-text fields of an object: plain strings, not ids, references, colours or dates. */
  textFieldsOf(schema: ObjectSchema): string[];
  /** Calls `visit` for every object the schema describes inside `value` (the value itself first). */
  forEachObject(
    value: unknown,
    schema: ObjectSchema,
    visit: (object: Record<string, unknown>, schema: ObjectSchema, path: Path) => void,
    path?: Path,
  ): void;
  /** Every id and reference in `value` (map keys that are ids included), in document order. */
  idFieldsOf(value: unknown, schema: ObjectSchema): IdField<Role>[];
  /**
   * A copy of `value` in which every id and reference is what `replace` returns for it. Objects
   * the schema describes are copied (unknown keys kept); anything else is shared with the input.
   */
  mapIdFields<T>(value: T, schema: ObjectSchema, replace: (role: Role, old: string) => string): T;
}

export function createSchemaWalk<Role>(roles: RoleRegistry<Role>): SchemaWalk<Role> {
  const fieldCache = new WeakMap<ObjectSchema, FieldInfo<Role>[]>();

  function fieldsOfSchema(schema: ObjectSchema): FieldInfo<Role>[] {
    const cached = fieldCache.get(schema);
    if (cached) return cached;
    const fields = Object.entries(schema.shape).map(([key, raw]): FieldInfo<Role> => {
      const optional = raw instanceof z.ZodOptional;
      const field = (optional ? raw.unwrap() : raw) as z.ZodType;
      const info: FieldInfo<Role> = { key, optional, schema: field, list: field instanceof z.ZodArray };
      if (field instanceof z.ZodObject) info.object = field;
      if (field instanceof z.ZodArray && field.element instanceof z.ZodObject) info.items = field.element;
      if (field instanceof z.ZodRecord) {
        // Only maps of plain values are walked; a map of objects would need visiting like a list.
        if (field.valueType instanceof z.ZodObject) throw new Error(`schemaWalk: "${key}" is a map of objects`);
        const keyRole = roles.get(field.keyType as z.ZodType);
        if (keyRole) info.keyRole = keyRole;
      }
      const role = roles.get(field);
      if (role) info.idRole = role;
      return info;
    });
    fieldCache.set(schema, fields);
    return fields;
  }

  function textFieldsOf(schema: ObjectSchema): string[] {
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

  function forEachObject(
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

  function idFieldsOf(value: unknown, schema: ObjectSchema): IdField<Role>[] {
    const found: IdField<Role>[] = [];
    forEachObject(value, schema, (object, objectSchema, path) => {
      for (const field of fieldsOfSchema(objectSchema)) {
        const v = object[field.key];
        if (field.idRole && typeof v === 'string')
          found.push({ path: [...path, field.key], value: v, role: field.idRole });
        else if (field.keyRole && isRecord(v))
          for (const key of Object.keys(v))
            found.push({ path: [...path, field.key, key], value: key, role: field.keyRole });
      }
    });
    return found;
  }

  function mapIdFields<T>(value: T, schema: ObjectSchema, replace: (role: Role, old: string) => string): T {
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = { ...value };
    for (const field of fieldsOfSchema(schema)) {
      if (!Object.hasOwn(value, field.key)) continue;
      const v = value[field.key];
      if (field.idRole && typeof v === 'string') out[field.key] = replace(field.idRole, v);
      else if (field.keyRole && isRecord(v)) {
        const role = field.keyRole;
        // fromEntries defines own properties, so no key reaches a prototype.
        out[field.key] = Object.fromEntries(Object.entries(v).map(([key, item]) => [replace(role, key), item]));
      } else if (field.object) out[field.key] = mapIdFields(v, field.object, replace);
      else if (field.items && Array.isArray(v))
        out[field.key] = v.map((item) => mapIdFields(item, field.items!, replace));
    }
    return out as T;
  }

  return { fieldsOfSchema, textFieldsOf, forEachObject, idFieldsOf, mapIdFields };
}

/** Version 1's walk (the format the app reads and writes today). */
const versionOneWalk = createSchemaWalk<IdRole>(idRoles);
export const { fieldsOfSchema, textFieldsOf, forEachObject, idFieldsOf, mapIdFields } = versionOneWalk;
