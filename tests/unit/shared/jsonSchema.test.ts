import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journeyJsonSchema } from '../../../shared/model/jsonSchema';

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
