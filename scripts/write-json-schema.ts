// Regenerates docs/journey.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { journeyJsonSchema } from '../shared/model/jsonSchema';

writeFileSync(
  new URL('../docs/journey.schema.json', import.meta.url),
  `${JSON.stringify(journeyJsonSchema(), null, 2)}\n`,
);
console.log('wrote docs/journey.schema.json');
