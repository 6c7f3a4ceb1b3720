/**
 * What `journey-studio diff` reports (docs/cli.md "diff"): one change per added or removed
 * entity and per changed field of an entity found in both versions, matched by id. The JSON
 * format is exactly this shape; the other formats render it as sentences.
 */

export const DIFF_ENTITIES = [
  'journey',
  'persona',
  'stage',
  'lane',
  'touchpoint',
  'step',
  'connection',
  'painPoint',
  'opportunity',
  'metric',
  'channel',
] as const;
export type DiffEntity = (typeof DIFF_ENTITIES)[number];

export type DiffOp = 'added' | 'removed' | 'changed';

export interface DiffChange {
  op: DiffOp;
  entity: DiffEntity;
  id: string;
  /** The touchpoint a pain point, opportunity or metric belongs to (in the new version when it moved). */
  parentId?: string;
  /** For `changed`: a field name, `index` for a move in the order, or a dotted path (`emotions.persona-1`). */
  field?: string;
  /** The old value; for `removed`, the whole entity. Absent when the field was not set. */
  before?: unknown;
  /** The new value; for `added`, the whole entity. Absent when the field is no longer set. */
  after?: unknown;
}

export interface JourneyDiff {
  old: { id: string; title: string };
  new: { id: string; title: string };
  summary: { added: number; removed: number; changed: number };
  changes: DiffChange[];
}
