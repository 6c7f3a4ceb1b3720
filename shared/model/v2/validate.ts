/** Validates a version 2 document: the schema, well-formed text everywhere, and the rules in rules.ts. */
import type { Problem } from '../types';
import { schemaProblems } from '../validate';
import { journeyFileSchemaV2 } from './fileSchema';
import { connectionProblems, idProblemsV2, laneProblems } from './rules';
import type { JourneyV2 } from './types';
import { malformedTextProblems } from './wellFormed';

export type ValidationResultV2 = { ok: true; journey: JourneyV2 } | { ok: false; problems: Problem[] };

/** Every problem of a version 2 document (older versions go through load.ts's upgrade first). */
export function validateJourneyV2(value: unknown): ValidationResultV2 {
  // Text is checked on the raw value, so a lone surrogate is reported even where the shape is wrong.
  const textProblems = malformedTextProblems(value);
  const parsed = journeyFileSchemaV2.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: [...schemaProblems(parsed.error), ...textProblems] };
  const journey = parsed.data;
  const problems = [
    ...textProblems,
    ...idProblemsV2(journey),
    ...laneProblems(journey),
    ...connectionProblems(journey),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, journey };
}
