/** Validates a version 2 document: the schema, well-formed text everywhere, and the rules in rules.ts. */
import { z } from 'zod';
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
  const problems = [...textProblems, ...ruleProblemsV2(journey)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, journey };
}

/**
 * The rules of rules.ts, in the order validateJourneyV2 reports them, on a value of the schema's
 * shape. `idsSound`: a caller that already knows idProblemsV2 finds nothing (idsAreSoundV2).
 */
export function ruleProblemsV2(journey: JourneyV2, idsSound = false): Problem[] {
  return [...(idsSound ? [] : idProblemsV2(journey)), ...laneProblems(journey), ...connectionProblems(journey)];
}

/*
 * The same checks taken apart, for a reader that validates a document item by item (the live
 * workshop's, shared/workshop/incrementalJourney.ts): the schema of the whole accepts a value
 * exactly when its top level passes `journeyShellPassesV2` and every item of its lists passes
 * `journeyItemPassesV2` (the file schema has no checks across fields), and the whole has no
 * malformed text exactly when no part has. Problems are still worded by validateJourneyV2.
 */

const fileShape = (journeyFileSchemaV2 as unknown as z.ZodObject).shape;
type ListSchema = z.ZodArray<z.ZodType>;

/** The list fields of the journey whose items are objects (personas, stages... channels). */
function listOf(field: z.ZodType): ListSchema | undefined {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  return inner instanceof z.ZodArray && inner.element instanceof z.ZodObject ? (inner as ListSchema) : undefined;
}

const itemSchemas = new Map<string, z.ZodType>(
  Object.entries(fileShape).flatMap(([key, field]) => {
    const list = listOf(field as z.ZodType);
    return list ? [[key, list.element]] : [];
  }),
);

/** The journey's own schema with each list's items left unchecked: its fields and the lists' lengths. */
const shellSchema = z.looseObject(
  Object.fromEntries(
    Object.entries(fileShape).map(([key, raw]) => {
      const field = raw as z.ZodType;
      const list = listOf(field);
      if (!list) return [key, field];
      // clone keeps the list's own checks (at most 8 personas, 1 to 20 lanes).
      const unchecked = list.clone({ ...list.def, element: z.unknown() });
      return [key, field instanceof z.ZodOptional ? unchecked.optional() : unchecked];
    }),
  ),
);

/** The journey's fields that are lists of items, each item validated on its own. */
export const JOURNEY_ITEM_LISTS_V2: readonly string[] = [...itemSchemas.keys()];

/** An item of the journey's list `list` passes the file schema and holds only well-formed text. */
export function journeyItemPassesV2(list: string, item: unknown): boolean {
  const schema = itemSchemas.get(list);
  if (!schema) throw new Error(`journeyItemPassesV2: "${list}" is not a list of items`);
  return malformedTextProblems(item).length === 0 && schema.safeParse(item).success;
}

/**
 * The journey's top level passes: every field but the lists' items, and the lists' lengths, with
 * well-formed text in its own keys and fields. `value` holds the lists (their items unchecked).
 */
export function journeyShellPassesV2(value: Record<string, unknown>): boolean {
  if (!shellSchema.safeParse(value).success) return false;
  const ownText: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value))
    Object.defineProperty(ownText, key, {
      value: itemSchemas.has(key) ? [] : field,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return malformedTextProblems(ownText).length === 0;
}
