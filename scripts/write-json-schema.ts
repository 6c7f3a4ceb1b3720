// Regenerates docs/journey.schema.json (format version 1) and docs/journey.v2.schema.json
// (format version 2) from the zod schemas: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { journeyJsonSchema } from '../shared/model/jsonSchema';
import { journeyJsonSchemaV2 } from '../shared/model/v2/jsonSchema';

const write = (name: string, schema: Record<string, unknown>) => {
  writeFileSync(new URL(`../docs/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote docs/${name}`);
};

write('journey.schema.json', journeyJsonSchema());
write('journey.v2.schema.json', journeyJsonSchemaV2());
