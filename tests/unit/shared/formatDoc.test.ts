/**
 * docs/format.md is the normative description of the file format and schema.ts implements it:
 * the example document in the doc names exactly the fields the schema has, at every level, in
 * the order files are written. A field added to one and not the other fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journeySchema } from '../../../shared/model/schema';
import { fieldsOfSchema, type FieldInfo, type ObjectSchema } from '../../../shared/model/schemaWalk';
import { journeySchemaV2, walkV2 } from '../../../shared/model/v2';

/** The first ```jsonc block under "## Version <n>", as JSON (comments and trailing commas removed). */
function documentedExample(version: number): unknown {
  const doc = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');
  const block = new RegExp(`## Version ${version}\\n[\\s\\S]*?\`\`\`jsonc\\n([\\s\\S]*?)\`\`\``).exec(doc)?.[1];
  if (!block) throw new Error(`docs/format.md has no \`\`\`jsonc example under "## Version ${version}"`);
  const json = block
    .split('\n')
    .map((line) => line.replace(/\s\/\/.*$/, ''))
    .join('\n')
    .replace(/,(\s*[}\]])/g, '$1');
  return JSON.parse(json);
}

/** Every object level's keys: the schema's (all of them) against the example's. */
function keyLevels(
  value: unknown,
  schema: ObjectSchema,
  fieldsOf: (schema: ObjectSchema) => FieldInfo<unknown>[],
  path = 'journey',
): [string, string[], string[]][] {
  // A level the example leaves out (no object, an empty list) counts as documenting no fields.
  const object = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const levels: [string, string[], string[]][] = [[path, fieldsOf(schema).map((f) => f.key), Object.keys(object)]];
  for (const field of fieldsOf(schema)) {
    const child = object[field.key];
    if (field.object) levels.push(...keyLevels(child, field.object, fieldsOf, `${path}.${field.key}`));
    if (field.items)
      levels.push(
        ...keyLevels(Array.isArray(child) ? child[0] : undefined, field.items, fieldsOf, `${path}.${field.key}[]`),
      );
  }
  return levels;
}

describe('docs/format.md', () => {
  it('shows every field of the schema, and only those, in file order', () => {
    for (const [path, schemaKeys, documentedKeys] of keyLevels(documentedExample(1), journeySchema, fieldsOfSchema))
      expect(documentedKeys, path).toEqual(schemaKeys);
  });

  it('shows every field of the version 2 schema, and only those, in file order', () => {
    const levels = keyLevels(documentedExample(2), journeySchemaV2, walkV2.fieldsOfSchema);
    for (const [path, schemaKeys, documentedKeys] of levels) expect(documentedKeys, path).toEqual(schemaKeys);
    // Every level of version 2 is documented, not just skipped as empty.
    expect(levels.filter(([, , documented]) => documented.length === 0)).toEqual([]);
  });
});
