/** Format version 2 as JSON Schema (draft 2020-12), generated from the zod schema (docs/journey.v2.schema.json). */
import { z } from 'zod';
import { journeyFileSchemaV2 } from './fileSchema';

export function journeyJsonSchemaV2(): Record<string, unknown> {
  return {
    $id: 'https://journey-studio.local/schema/journey-v2.json',
    title: 'Journey Studio file, format version 2',
    description:
      'A .journey file, version 2. Beyond this schema: every string is well-formed Unicode; ids are unique across the document; stageId, laneId, channel, connection from/to (a touchpoint or a step) and the keys of emotions (persona ids) reference existing ids; a touchpoint is in a lane of kind "touchpoints" and a step in a lane of another kind; at least one lane is of kind "touchpoints"; a connection never links a card to itself, and at most one links a given from to a given to.',
    ...z.toJSONSchema(journeyFileSchemaV2, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
