/**
 * Where a service blueprint's three lines go, from the kinds of the lanes top to bottom. The
 * lanes fall into zones: the customer's side (customer actions, touchpoints, thoughts and
 * quotes, physical evidence), frontstage, backstage and support processes; notes belong to no
 * zone. Between two neighbouring zoned lanes (notes skipped) whose zones go down the blueprint,
 * each line they cross is drawn on top of the lower lane:
 * - the line of interaction, between the customer's side and frontstage;
 * - the line of visibility, between frontstage and backstage (what the customer does not see);
 * - the line of internal interaction, between backstage and support processes.
 * Lanes out of that order (support above the customer) get no line where they meet. Pure.
 */
import type { LaneKind } from '../model/v2/schema';

export const BLUEPRINT_LINE_KINDS = ['interaction', 'visibility', 'internal'] as const;
export type BlueprintLineKind = (typeof BLUEPRINT_LINE_KINDS)[number];

export interface BlueprintLine {
  kind: BlueprintLineKind;
  /** The lane the line is drawn on top of (an index into the lanes, top to bottom). */
  laneIndex: number;
}

/** 0 the customer's side, 1 frontstage, 2 backstage, 3 support; null for notes. */
const ZONE: Record<LaneKind, number | null> = {
  actions: 0,
  touchpoints: 0,
  thoughts: 0,
  evidence: 0,
  frontstage: 1,
  backstage: 2,
  support: 3,
  notes: null,
};

/** The line between zone n and zone n + 1. */
const LINE_BELOW_ZONE: readonly BlueprintLineKind[] = BLUEPRINT_LINE_KINDS;

export function blueprintLines(kinds: readonly LaneKind[]): BlueprintLine[] {
  const lines: BlueprintLine[] = [];
  let above: number | null = null;
  kinds.forEach((kind, laneIndex) => {
    const zone = ZONE[kind];
    if (zone === null) return;
    if (above !== null)
      for (let crossed = above; crossed < zone; crossed++) lines.push({ kind: LINE_BELOW_ZONE[crossed]!, laneIndex });
    above = zone;
  });
  return lines;
}
