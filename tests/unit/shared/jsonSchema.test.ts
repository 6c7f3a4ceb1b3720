import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journeyJsonSchema } from '../../../shared/model/jsonSchema';
import { journeyJsonSchemaV2 } from '../../../shared/model/v2/jsonSchema';

describe('docs/journey.schema.json', () => {
  it('is the schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../../docs/journey.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(`${JSON.stringify(journeyJsonSchema(), null, 2)}\n`);
  });

  it('requires the envelope and lists the tier values', () => {
    const schema = journeyJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'id', 'stages', 'touchpoints', 'connections']),
    );
    expect(JSON.stringify(schema.properties.touchpoints)).toContain('"usability"');
  });
});

describe('docs/journey.v2.schema.json', () => {
  it('is the version 2 schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../../docs/journey.v2.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(`${JSON.stringify(journeyJsonSchemaV2(), null, 2)}\n`);
  });

  it('requires the grid and bounds what the format bounds', () => {
    const schema = journeyJsonSchemaV2() as { required: string[]; properties: Record<string, Record<string, unknown>> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['version', 'personas', 'lanes', 'touchpoints', 'steps', 'connections']),
    );
    expect(schema.properties.personas).toMatchObject({ maxItems: 8 });
    expect(schema.properties.lanes).toMatchObject({ minItems: 1, maxItems: 20 });
    expect(JSON.stringify(schema.properties.lanes)).toContain('"backstage"');
    expect(JSON.stringify(schema.properties.touchpoints)).toContain('"maximum":100000');
  });
});
