/**
 * docs/format.md is the normative description of the file format and schema.ts implements it:
 * the example document in the doc names exactly the fields the schema has, at every level, in
 * the order files are written. A field added to one and not the other fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journeySchema } from '../../../shared/model/schema';
import { fieldsOfSchema, type ObjectSchema } from '../../../shared/model/schemaWalk';

/** The first ```jsonc block under "## Version 1", as JSON (comments and trailing commas removed). */
function documentedExample(): unknown {
  const doc = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');
  const block = /## Version 1[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/format.md has no ```jsonc example under "## Version 1"');
  const json = block
    .split('\n')
    .map((line) => line.replace(/\s\/\/.*$/, ''))
    .join('\n')
    .replace(/,(\s*[}\]])/g, '$1');
  return JSON.parse(json);
}

/** Every object level's keys: the schema's (all of them) against the example's. */
function keyLevels(value: unknown, schema: ObjectSchema, path = 'journey'): [string, string[], string[]][] {
  // A level the example leaves out (no object, an empty list) counts as documenting no fields.
  const object = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const levels: [string, string[], string[]][] = [
    [path, fieldsOfSchema(schema).map((f) => f.key), Object.keys(object)],
  ];
  for (const field of fieldsOfSchema(schema)) {
    const child = object[field.key];
    if (field.object) levels.push(...keyLevels(child, field.object, `${path}.${field.key}`));
    if (field.items)
      levels.push(...keyLevels(Array.isArray(child) ? child[0] : undefined, field.items, `${path}.${field.key}[]`));
  }
  return levels;
}

describe('docs/format.md', () => {
  it('shows every field of the schema, and only those, in file order', () => {
    for (const [path, schemaKeys, documentedKeys] of keyLevels(documentedExample(), journeySchema))
      expect(documentedKeys, path).toEqual(schemaKeys);
  });
});
