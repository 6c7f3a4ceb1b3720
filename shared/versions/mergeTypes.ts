/**
 * What `journey-studio merge` reports (docs/cli.md "The merge contract"): the merged journey,
 * every conflict (both sides changed one field differently, or one removed what the other
 * changed) and every step taken to make the result a valid journey.
 */
import type { Problem } from '../model/types';
import type { JourneyV2 } from '../model/v2';
import type { DiffEntity } from './types';

export type MergeSide = 'ours' | 'theirs';

export interface MergeConflict {
  entity: DiffEntity;
  id: string;
  /** A field name, a dotted path (`emotions.persona-1`), or `order.stages` (and lanes, personas) for the order. */
  field: string;
  /** Our value (kept in the output); absent when unset, or when ours removed the entity. */
  ours?: unknown;
  /** Their value; absent when unset, or when theirs removed the entity. */
  theirs?: unknown;
  /** The side that removed an entity the other side changed (the changed entity is kept). */
  removedBy?: MergeSide;
}

export type ResolutionAction = 'kept' | 'dropped' | 'moved' | 'reverted';

/** One repair that made the merged journey valid, e.g. a stage kept because a card added on the other side is in it. */
export interface MergeResolution {
  entity: DiffEntity;
  id: string;
  action: ResolutionAction;
  /** Why, one clause: `removed by theirs, but touchpoint tp-3 is in it`. */
  reason: string;
}

export interface MergeResult {
  journey: JourneyV2;
  conflicts: MergeConflict[];
  resolutions: MergeResolution[];
  /**
   * Set when the merge came out invalid (a bug): the journey is then ours unchanged, and these
   * are the problems the merged journey had.
   */
  fallback?: Problem[];
}
