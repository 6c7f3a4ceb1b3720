/**
 * The merge's report as lines for a terminal (docs/cli.md "The merge contract"):
 * `conflict: <entity> <id> <field>: ours <value>, theirs <value>` and
 * `resolved: <entity> <id>: <action>, <reason>`. Values are JSON, `unset` when the field is
 * not set and `removed` for the side that removed the entity; text from a file cannot break a
 * line or hide characters (visible escapes), and a long value is cut with an ellipsis.
 */
import type { MergeConflict, MergeResolution, MergeSide } from './mergeTypes';
import { visible } from './renderDiff';

/** Characters of a value shown before the ellipsis: a line stays readable beside a long note. */
export const SHOWN_VALUE_LENGTH = 120;

function shownValue(conflict: MergeConflict, side: MergeSide): string {
  if (conflict.removedBy === side) return 'removed';
  const value = conflict[side];
  if (value === undefined) return 'unset';
  const chars = [...visible(JSON.stringify(value))];
  return chars.length > SHOWN_VALUE_LENGTH ? `${chars.slice(0, SHOWN_VALUE_LENGTH).join('')}…` : chars.join('');
}

export function conflictLine(conflict: MergeConflict): string {
  const { entity, id, field } = conflict;
  return `conflict: ${entity} ${visible(id)} ${visible(field)}: ours ${shownValue(conflict, 'ours')}, theirs ${shownValue(conflict, 'theirs')}`;
}

export function resolutionLine(resolution: MergeResolution): string {
  return `resolved: ${resolution.entity} ${visible(resolution.id)}: ${resolution.action}, ${visible(resolution.reason)}`;
}
