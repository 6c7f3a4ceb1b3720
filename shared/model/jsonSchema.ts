/** The file format as JSON Schema (draft 2020-12), generated from the zod schema so they never drift. */
import { z } from 'zod';
import { journeyFileSchemaV1 } from './fileSchema';

export function journeyJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://journey-studio.local/schema/journey-v1.json',
    title: 'Journey Studio file, format version 1',
    description:
      'A .journey file. Beyond this schema: touchpoint stageId, connection from/to and touchpoint channel must reference existing ids, and ids are unique across the document.',
    ...z.toJSONSchema(journeyFileSchemaV1, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
