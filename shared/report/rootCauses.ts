/**
 * The report's root causes (docs/cli.md "The report contract", `rootCauses`): every severe pain
 * point (severity >= 4) whose touchpoint is connected directly, in either direction, to steps of
 * frontstage, backstage or support lanes, the service-blueprint rows where its cause is likely to
 * lie. Ranked like the pain points (severity descending, then journey order); each one's steps in
 * the order of the file's `steps`. Pure.
 */
import type { LaneKind } from '../model/v2/schema';
import type { JourneyV2, TouchpointV2 } from '../model/v2/types';

/** The lowest severity traced to root causes, as severe as a warning's broken base. */
export const ROOT_CAUSE_SEVERITY = 4;

/** The blueprint rows behind the line of interaction. */
export const ROOT_CAUSE_LANE_KINDS: readonly LaneKind[] = ['frontstage', 'backstage', 'support'];

export interface RootCause {
  touchpointId: string;
  painPointId: string;
  severity: number;
  /** Steps of frontstage, backstage or support lanes connected to the touchpoint, in file order. */
  stepIds: string[];
}

/** For each touchpoint id, the set of step ids in blueprint lanes connected to it. */
function connectedBlueprintSteps(journey: JourneyV2): Map<string, Set<string>> {
  const blueprintLanes = new Set(
    journey.lanes.filter((lane) => ROOT_CAUSE_LANE_KINDS.includes(lane.kind)).map((lane) => lane.id),
  );
  const blueprintSteps = new Set(journey.steps.filter((s) => blueprintLanes.has(s.laneId)).map((s) => s.id));
  const touchpoints = new Set(journey.touchpoints.map((tp) => tp.id));
  const linked = new Map<string, Set<string>>();
  const link = (touchpointId: string, stepId: string) => {
    if (!touchpoints.has(touchpointId) || !blueprintSteps.has(stepId)) return;
    let steps = linked.get(touchpointId);
    if (!steps) linked.set(touchpointId, (steps = new Set()));
    steps.add(stepId);
  };
  for (const c of journey.connections) {
    link(c.from, c.to);
    link(c.to, c.from);
  }
  return linked;
}

export function rootCauses(journey: JourneyV2, ordered: readonly TouchpointV2[]): RootCause[] {
  const linked = connectedBlueprintSteps(journey);
  const fileOrder = new Map(journey.steps.map((s, i) => [s.id, i]));
  const causes: RootCause[] = [];
  for (const tp of ordered) {
    const steps = linked.get(tp.id);
    if (!steps) continue;
    const stepIds = [...steps].sort((a, b) => fileOrder.get(a)! - fileOrder.get(b)!);
    for (const p of tp.painPoints) {
      if (p.severity >= ROOT_CAUSE_SEVERITY) {
        causes.push({ touchpointId: tp.id, painPointId: p.id, severity: p.severity, stepIds: [...stepIds] });
      }
    }
  }
  // Array.prototype.sort is stable: equal severities keep journey order, as the pain points do.
  return causes.sort((a, b) => b.severity - a.severity);
}
