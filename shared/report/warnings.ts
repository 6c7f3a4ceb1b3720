/**
 * Warnings a CX consultant would raise on reading the map (docs/cli.md "The report contract"), in journey
 * order: per stage its own warnings, then those of its moments of truth.
 */
import { channelName } from '../model/catalogues';
import type { Journey, Stage, Touchpoint } from '../model/types';
import type { ReportWarning } from './types';

/** A pain point this severe on a utility touchpoint means the base of the pyramid is broken. */
export const BROKEN_BASE_SEVERITY = 4;

const quoted = (text: string, fallback: string) => `"${text.trim() || fallback}"`;

function brokenBase(stage: Stage, inStage: readonly Touchpoint[]): ReportWarning | null {
  if (!inStage.some((tp) => tp.tier === 'delight')) return null;
  const broken = inStage
    .filter((tp) => tp.tier === 'utility')
    .map((tp) => ({ tp, worst: Math.max(0, ...tp.painPoints.map((p) => p.severity)) }))
    .filter((entry) => entry.worst >= BROKEN_BASE_SEVERITY);
  if (broken.length === 0) return null;
  const first = broken.reduce((a, b) => (b.worst > a.worst ? b : a));
  const more =
    broken.length > 1 ? ` (and ${broken.length - 1} more utility touchpoint${broken.length > 2 ? 's' : ''})` : '';
  return {
    code: 'delight-on-broken-base',
    stageId: stage.id,
    message:
      `Stage ${quoted(stage.name, stage.id)} has delight touchpoints while utility touchpoint ` +
      `${quoted(first.tp.title, first.tp.id)}${more} has a pain point of severity ${first.worst}: fix the base first.`,
  };
}

function singleChannel(stage: Stage, inStage: readonly Touchpoint[], journey: Journey): ReportWarning | null {
  if (inStage.length < 2) return null;
  const channels = new Set(inStage.map((tp) => tp.channel));
  if (channels.size !== 1) return null;
  const name = channelName(inStage[0]!.channel, journey.channels);
  return {
    code: 'single-channel-stage',
    stageId: stage.id,
    message: `All ${inStage.length} touchpoints of stage ${quoted(stage.name, stage.id)} use one channel (${name}): customers cannot choose how to reach you.`,
  };
}

function unmeasuredMoment(tp: Touchpoint): ReportWarning | null {
  if (!tp.momentOfTruth || tp.metrics.length > 0) return null;
  return {
    code: 'unmeasured-moment-of-truth',
    stageId: tp.stageId,
    touchpointId: tp.id,
    message: `Moment of truth ${quoted(tp.title, tp.id)} has no metric: add a KPI to know whether it works.`,
  };
}

/** `ordered`: the journey's touchpoints in journey order. */
export function computeWarnings(journey: Journey, ordered: readonly Touchpoint[]): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  for (const stage of journey.stages) {
    const inStage = ordered.filter((tp) => tp.stageId === stage.id);
    for (const warning of [
      brokenBase(stage, inStage),
      singleChannel(stage, inStage, journey),
      ...inStage.map(unmeasuredMoment),
    ]) {
      if (warning) warnings.push(warning);
    }
  }
  return warnings;
}
