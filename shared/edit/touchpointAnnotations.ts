/**
 * Pure edits of a touchpoint's annotation lists: pain points, opportunities and metrics.
 * Each returns a new journey (the input is never mutated) or, when the edit cannot apply
 * (unknown touchpoint or item, a move past either end, a value the file format refuses such
 * as a severity of 7 or an infinite baseline), the input journey itself.
 */
import { metricSchema, opportunitySchema, painPointSchema } from '../model/schema';
import type { Journey, Touchpoint } from '../model/types';
import { applyPatch, patchChangesNothing } from './patch';

export type AnnotationKind = 'painPoints' | 'opportunities' | 'metrics';
export type Annotation<K extends AnnotationKind> = Touchpoint[K][number];
export type AnnotationPatch<K extends AnnotationKind> = Partial<Omit<Annotation<K>, 'id'>>;

const SCHEMAS = { painPoints: painPointSchema, opportunities: opportunitySchema, metrics: metricSchema } as const;

const isValid = (kind: AnnotationKind, item: unknown) => SCHEMAS[kind].safeParse(item).success;

/** Replaces one touchpoint's list through `change`; `null` from `change` means "refuse". */
function changeList<K extends AnnotationKind>(
  journey: Journey,
  touchpointId: string,
  kind: K,
  change: (items: readonly Annotation<K>[]) => Annotation<K>[] | null,
): Journey {
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
