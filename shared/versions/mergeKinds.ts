/**
 * One kind of entity (stages, touchpoints, pain points…) merged three ways by id: kept when
 * both sides have it (fields merged), added on either side, removed when one side removed it and
 * the other left it as it was. One side removing what the other changed is a conflict, and the
 * changed entity is kept, so nothing is lost.
 */
import type { DiffEntity } from './types';
import { jsonEqual } from './diffJourneys';
import type { MergeConflict, MergeSide } from './mergeTypes';
import { changedFields, type FieldConflict } from './mergeValues';

export interface Entity {
  id: string;
}

export interface Sides<T> {
  base: readonly T[];
  ours: readonly T[];
  theirs: readonly T[];
}

/** A kind's three versions and what the merge keeps, by id (repairs add and remove here). */
export interface KindMerge<T extends Entity> {
  entity: DiffEntity;
  sides: Sides<T>;
  byId: { base: Map<string, T>; ours: Map<string, T>; theirs: Map<string, T> };
  kept: Map<string, T>;
  /** Ids kept although one side removed them, because the other changed them. */
  keptOverRemoval: Set<string>;
}

/** A conflict without keys for values that are unset, as the JSON contract shows it. */
export function conflictOf(
  entity: DiffEntity,
  id: string,
  field: string,
  ours: unknown,
  theirs: unknown,
  removedBy?: MergeSide,
): MergeConflict {
  const conflict: MergeConflict = { entity, id, field };
  if (ours !== undefined) conflict.ours = ours;
  if (theirs !== undefined) conflict.theirs = theirs;
  if (removedBy !== undefined) conflict.removedBy = removedBy;
  return conflict;
}

const ID = new Set(['id']);

export interface KindRules<T> {
  /** Merges an entity both sides have (base is absent when both added it). */
  item(base: T | undefined, ours: T, theirs: T, report: (conflict: FieldConflict) => void): T;
  /** What a changed-versus-removed conflict compares field by field (default: the entity). */
  fieldsOf?(item: T): object;
  /** Fields a changed-versus-removed conflict names only when nothing else changed (lists reported on their own). */
  secondary?: ReadonlySet<string>;
}

const index = <T extends Entity>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));

export function mergeKind<T extends Entity>(
  entity: DiffEntity,
  sides: Sides<T>,
  rules: KindRules<T>,
  conflicts: MergeConflict[],
): KindMerge<T> {
  const byId = { base: index(sides.base), ours: index(sides.ours), theirs: index(sides.theirs) };
  const kept = new Map<string, T>();
  const keptOverRemoval = new Set<string>();
  const ids = new Set([...byId.ours.keys(), ...byId.theirs.keys(), ...byId.base.keys()]);
  const fieldsOf = rules.fieldsOf ?? ((item: T) => item);
  for (const id of ids) {
    const b = byId.base.get(id);
    const o = byId.ours.get(id);
    const t = byId.theirs.get(id);
    if (o && t) {
      kept.set(
        id,
        rules.item(b, o, t, (c) => conflicts.push(conflictOf(entity, id, c.field, c.ours, c.theirs))),
      );
      continue;
    }
    const present = o ?? t;
    if (!present) continue; // removed on both sides
    if (!b) {
      kept.set(id, present); // added on one side
      continue;
    }
    if (jsonEqual(b, present)) continue; // removed on one side, left as it was on the other
    const removedBy: MergeSide = o ? 'theirs' : 'ours';
    kept.set(id, present);
    keptOverRemoval.add(id);
    const before = fieldsOf(b);
    const after = fieldsOf(present);
    let fields = changedFields(before, after, new Set([...ID, ...(rules.secondary ?? [])]));
    if (fields.length === 0) fields = changedFields(before, after, ID);
    for (const field of fields) {
      const value = (after as Record<string, unknown>)[field];
      conflicts.push(conflictOf(entity, id, field, o ? value : undefined, t ? value : undefined, removedBy));
    }
  }
  return { entity, sides, byId, kept, keptOverRemoval };
}
