/**
 * Pure edits of a touchpoint's annotation lists: pain points, opportunities and metrics.
 * Each returns a new journey (the input is never mutated) or, when the edit cannot apply
 * (unknown touchpoint or item, a move past either end, a value the file format refuses such
 * as a severity of 7 or an infinite baseline), the input journey itself.
 */
import { fileSchemaOf } from '../model/fileSchema';
import { touchpointSchema } from '../model/schema';
import { fieldsOfSchema } from '../model/schemaWalk';
import type { Journey, Touchpoint } from '../model/types';
import { applyPatch, patchChangesNothing, type Patch, type RecordListKeys } from './patch';

/** The touchpoint's lists of records, read from its type: 'painPoints' | 'opportunities' | 'metrics'. */
export type AnnotationKind = RecordListKeys<Touchpoint>;
export type Annotation<K extends AnnotationKind> = Touchpoint[K][number];
export type AnnotationPatch<K extends AnnotationKind> = Patch<Annotation<K>>;

/** The same lists at run time, from the schema, each with the (loose) schema its items must pass. */
const ITEM_SCHEMAS = new Map(
  fieldsOfSchema(touchpointSchema).flatMap((f) => (f.items ? [[f.key, fileSchemaOf(f.items)] as const] : [])),
);

const isValid = (kind: AnnotationKind, item: unknown) => ITEM_SCHEMAS.get(kind)!.safeParse(item).success;

/** Replaces one touchpoint's list through `change`; `null` from `change` means "refuse". */
function changeList<K extends AnnotationKind>(
  journey: Journey,
  touchpointId: string,
  kind: K,
  change: (items: readonly Annotation<K>[]) => Annotation<K>[] | null,
): Journey {
  // A kind that is not a list of the schema (a command fed bad arguments) is refused, not a crash.
  if (!ITEM_SCHEMAS.has(kind)) return journey;
  const index = journey.touchpoints.findIndex((t) => t.id === touchpointId);
  const touchpoint = journey.touchpoints[index];
  if (!touchpoint) return journey;
  const items = change(touchpoint[kind] as readonly Annotation<K>[]);
  if (!items) return journey;
  const touchpoints = [...journey.touchpoints];
  touchpoints[index] = { ...touchpoint, [kind]: items };
  return { ...journey, touchpoints };
}

/** Inserts `item` at `index` (default: the end). Refused if invalid or its id is already in the list. */
export function addAnnotation<K extends AnnotationKind>(
  journey: Journey,
  touchpointId: string,
  kind: K,
  item: Annotation<K>,
  index?: number,
): Journey {
  return changeList(journey, touchpointId, kind, (items) => {
    if (!isValid(kind, item) || items.some((existing) => existing.id === item.id)) return null;
    const next = [...items];
    next.splice(index ?? next.length, 0, item);
    return next;
  });
}

export function updateAnnotation<K extends AnnotationKind>(
  journey: Journey,
  touchpointId: string,
  kind: K,
  itemId: string,
  patch: AnnotationPatch<K>,
): Journey {
  return changeList(journey, touchpointId, kind, (items) => {
    const at = items.findIndex((item) => item.id === itemId);
    const current = items[at];
    if (!current || patchChangesNothing(current, patch)) return null;
    const updated = applyPatch(current, patch);
    if (!isValid(kind, updated)) return null;
    const next = [...items];
    next[at] = updated;
    return next;
  });
}

/** Moves an item by `offset` places (-1 up, +1 down). Refused when it would leave the list. */
export function moveAnnotation(
  journey: Journey,
  touchpointId: string,
  kind: AnnotationKind,
  itemId: string,
  offset: number,
): Journey {
  return changeList(journey, touchpointId, kind, (items) => {
    const from = items.findIndex((item) => item.id === itemId);
    const to = from + offset;
    if (from < 0 || offset === 0 || !Number.isInteger(offset) || to < 0 || to >= items.length) return null;
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    return next;
  });
}

export function removeAnnotation(
  journey: Journey,
  touchpointId: string,
  kind: AnnotationKind,
  itemId: string,
): Journey {
  return changeList(journey, touchpointId, kind, (items) =>
    items.some((item) => item.id === itemId) ? items.filter((item) => item.id !== itemId) : null,
  );
}
