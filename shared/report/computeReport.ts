/**
 * Builds the CX report of a journey (docs/cli.md "The report contract"). Pure and deterministic; every
 * rendering (JSON, Markdown, CSV, HTML) starts from its result.
 */
import { orderTouchpoints } from '../layout/journeyOrder';
import { emotionOf, primaryPersonaId } from '../model/emotion';
import type { Journey, Metric, Touchpoint } from '../model/types';
import type { KpiFigures, PyramidCounts, RankedOpportunity, RankedPainPoint, Report, StageFigures } from './types';
import { personaFigures } from './personaFigures';
import { rootCauses } from './rootCauses';
import { computeWarnings } from './warnings';

/** An object without a prototype, so ids such as "__proto__" or "constructor" are plain keys. */
function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function stageFigures(journey: Journey, ordered: readonly Touchpoint[]): StageFigures[] {
  // A stage's average emotion is the primary persona's (docs/cli.md).
  const personaId = primaryPersonaId(journey);
  return journey.stages.map((stage) => {
    const inStage = ordered.filter((tp) => tp.stageId === stage.id);
    const emotions = inStage.flatMap((tp) => {
      const emotion = emotionOf(tp, personaId);
      return emotion === undefined ? [] : [emotion];
    });
    const severities = inStage.flatMap((tp) => tp.painPoints.map((p) => p.severity));
    return {
      id: stage.id,
      name: stage.name,
      touchpointCount: inStage.length,
      averageEmotion: emotions.length === 0 ? null : emotions.reduce((a, b) => a + b, 0) / emotions.length,
      painPointCount: severities.length,
      worstSeverity: severities.length === 0 ? null : Math.max(...severities),
      channels: [...new Set(inStage.map((tp) => tp.channel))],
    };
  });
}

function rankPainPoints(ordered: readonly Touchpoint[]): RankedPainPoint[] {
  const all = ordered.flatMap((tp) =>
    tp.painPoints.map((p) => ({
      id: p.id,
      touchpointId: tp.id,
      stageId: tp.stageId,
      text: p.text,
      severity: p.severity,
      source: p.source,
      votes: p.votes ?? 0,
    })),
  );
  // Votes from a workshop's dot vote rank first when there are any (docs/workshop.md); then severity.
  // Array.prototype.sort is stable, so equal keys keep journey order.
  const byVotes = all.some((p) => p.votes > 0);
  return all
    .sort((a, b) => (byVotes ? b.votes - a.votes : 0) || b.severity - a.severity)
    .map(({ votes, ...ranked }) => (votes > 0 ? { ...ranked, votes } : ranked));
}

function pyramid(journey: Journey, ordered: readonly Touchpoint[]): Report['pyramid'] {
  const zero = (): PyramidCounts => ({ utility: 0, usability: 0, delight: 0 });
  const totals = zero();
  const byStage = dictionary<PyramidCounts>();
  for (const stage of journey.stages) byStage[stage.id] = zero();
  for (const tp of ordered) {
    totals[tp.tier] += 1;
    const counts = byStage[tp.stageId];
    if (counts) counts[tp.tier] += 1;
  }
  return { ...totals, byStage };
}

function channelMatrix(journey: Journey, ordered: readonly Touchpoint[]): Report['channelMatrix'] {
  const matrix = dictionary<Record<string, number>>();
  for (const tp of ordered) {
    let row = matrix[tp.channel];
    if (!row) {
      row = dictionary<number>();
      for (const stage of journey.stages) row[stage.id] = 0;
      matrix[tp.channel] = row;
    }
    row[tp.stageId] = (row[tp.stageId] ?? 0) + 1;
  }
  return matrix;
}

export function kpiFigures(touchpointId: string, metric: Metric): KpiFigures {
  const baseline = metric.baseline ?? null;
  const current = metric.current ?? null;
  const target = metric.target ?? null;
  const delta = baseline === null || current === null ? null : current - baseline;
  const progress =
    delta === null || target === null || baseline === null || target === baseline ? null : delta / (target - baseline);
  const unit = metric.unit?.trim() || null;
  return { touchpointId, metricId: metric.id, kpi: metric.kpi, baseline, current, target, delta, progress, unit };
}

function rankOpportunities(ordered: readonly Touchpoint[]): RankedOpportunity[] {
  const all = ordered.flatMap((tp) =>
    tp.opportunities.map((o) => ({
      id: o.id,
      touchpointId: tp.id,
      text: o.text,
      impact: o.impact,
      effort: o.effort,
      status: o.status,
      votes: o.votes ?? 0,
    })),
  );
  const byVotes = all.some((o) => o.votes > 0);
  return all
    .sort((a, b) => (byVotes ? b.votes - a.votes : 0) || b.impact - a.impact || a.effort - b.effort)
    .map(({ votes, ...ranked }) => (votes > 0 ? { ...ranked, votes } : ranked));
}

export function computeReport(journey: Journey): Report {
  const ordered = orderTouchpoints(journey);
  return {
    journey: { id: journey.id, title: journey.title },
    totals: {
      stages: journey.stages.length,
      touchpoints: journey.touchpoints.length,
      painPoints: ordered.reduce((n, tp) => n + tp.painPoints.length, 0),
      momentsOfTruth: ordered.filter((tp) => tp.momentOfTruth).length,
      steps: journey.steps.length,
      personas: journey.personas.length,
    },
    stages: stageFigures(journey, ordered),
    painPoints: rankPainPoints(ordered),
    pyramid: pyramid(journey, ordered),
    warnings: computeWarnings(journey, ordered),
    channelMatrix: channelMatrix(journey, ordered),
    kpis: ordered.flatMap((tp) => tp.metrics.map((m) => kpiFigures(tp.id, m))),
    opportunities: rankOpportunities(ordered),
    personas: personaFigures(journey, ordered),
    rootCauses: rootCauses(journey, ordered),
  };
}
