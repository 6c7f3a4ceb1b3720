/**
 * Warnings a CX consultant would raise on reading the map (docs/cli.md "The report contract"), in journey
 * order: per stage its own warnings, then those of its moments of truth. Each is worded from the
 * catalogue (`report.warning.<code>`): the JSON's `message` in English, every other rendering
 * (the report view, the HTML report, the PDF) in the reader's language, from the same facts.
 */
import { createTranslator, type Translate } from '../i18n/translate';
import { channelName } from '../model/catalogues';
import type { Journey, Stage, Touchpoint } from '../model/types';
import type { ReportWarning, WarningCode } from './types';

/** A pain point this severe on a utility touchpoint means the base of the pyramid is broken. */
export const BROKEN_BASE_SEVERITY = 4;

const english = createTranslator('en');

/** The facts a warning's sentence names, found again from its stage or touchpoint. */
interface WarningFacts {
  code: WarningCode;
  stage: Stage;
  touchpoint?: Touchpoint;
  /** delight-on-broken-base: the worst utility touchpoint's severity, and how many others are broken. */
  severity?: number;
  others?: number;
  /** single-channel-stage: how many touchpoints, on which channel id. */
  count?: number;
  channel?: string;
}

function brokenBase(stage: Stage, inStage: readonly Touchpoint[]): WarningFacts | null {
  if (!inStage.some((tp) => tp.tier === 'delight')) return null;
  const broken = inStage
    .filter((tp) => tp.tier === 'utility')
    .map((tp) => ({ tp, worst: Math.max(0, ...tp.painPoints.map((p) => p.severity)) }))
    .filter((entry) => entry.worst >= BROKEN_BASE_SEVERITY);
  if (broken.length === 0) return null;
  const first = broken.reduce((a, b) => (b.worst > a.worst ? b : a));
  return {
    code: 'delight-on-broken-base',
    stage,
    touchpoint: first.tp,
    severity: first.worst,
    others: broken.length - 1,
  };
}

function singleChannel(stage: Stage, inStage: readonly Touchpoint[]): WarningFacts | null {
  if (inStage.length < 2) return null;
  const channels = new Set(inStage.map((tp) => tp.channel));
  if (channels.size !== 1) return null;
  return { code: 'single-channel-stage', stage, count: inStage.length, channel: inStage[0]!.channel };
}

function unmeasuredMoment(stage: Stage, tp: Touchpoint): WarningFacts | null {
  if (!tp.momentOfTruth || tp.metrics.length > 0) return null;
  return { code: 'unmeasured-moment-of-truth', stage, touchpoint: tp };
}

function warningFacts(journey: Journey, ordered: readonly Touchpoint[]): WarningFacts[] {
  const facts: WarningFacts[] = [];
  for (const stage of journey.stages) {
    const inStage = ordered.filter((tp) => tp.stageId === stage.id);
    for (const found of [
      brokenBase(stage, inStage),
      singleChannel(stage, inStage),
      ...inStage.map((tp) => unmeasuredMoment(stage, tp)),
    ]) {
      if (found) facts.push(found);
    }
  }
  return facts;
}

/** How a warning names things: a blank name falls back to the id (the JSON) or to a word such as "Untitled". */
export interface WarningWording {
  translate: Translate;
  /** The name to show for a blank stage or touchpoint name; default: its id. */
  untitled?: string;
  /** A channel's display name; default: the built-in English name or the custom channel's. */
  channelName?: (channelId: string) => string;
}

function sentence(journey: Journey, facts: WarningFacts, wording: WarningWording): string {
  const { translate } = wording;
  const name = (text: string, id: string) => text.trim() || wording.untitled || id;
  const others = facts.others ?? 0;
  const more =
    others === 0
      ? ''
      : others === 1
        ? translate('report.warningMore.one', { count: others })
        : translate('report.warningMore.other', { count: others });
  const channel = facts.channel ?? '';
  return translate(`report.warning.${facts.code}`, {
    stage: name(facts.stage.name, facts.stage.id),
    touchpoint: facts.touchpoint ? name(facts.touchpoint.title, facts.touchpoint.id) : '',
    more,
    severity: facts.severity ?? 0,
    count: facts.count ?? 0,
    channel: wording.channelName ? wording.channelName(channel) : channelName(channel, journey.channels),
  });
}

/** `ordered`: the journey's touchpoints in journey order. */
export function computeWarnings(journey: Journey, ordered: readonly Touchpoint[]): ReportWarning[] {
  return warningFacts(journey, ordered).map((facts) => ({
    code: facts.code,
    stageId: facts.stage.id,
    ...(facts.code === 'unmeasured-moment-of-truth' ? { touchpointId: facts.touchpoint!.id } : {}),
    message: sentence(journey, facts, { translate: english }),
  }));
}

/**
 * The warnings of a journey in plain words in the reader's language: the same warnings, in the
 * same order, as computeWarnings gives the JSON.
 */
export function warningSentences(
  journey: Journey,
  ordered: readonly Touchpoint[],
  wording: WarningWording,
): { code: WarningCode; stageId: string; touchpointId?: string; text: string }[] {
  return warningFacts(journey, ordered).map((facts) => ({
    code: facts.code,
    stageId: facts.stage.id,
    ...(facts.code === 'unmeasured-moment-of-truth' ? { touchpointId: facts.touchpoint!.id } : {}),
    text: sentence(journey, facts, wording),
  }));
}
