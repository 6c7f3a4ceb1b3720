/**
 * The templates double as report demos: across them, each warning of the report contract
 * (docs/cli.md "The report contract") has a realistic case to show, and one template defines its own channel.
 */
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../shared/model';
import { FILE_TEMPLATES, loadTemplateFile } from './templateFiles';

const journeys = FILE_TEMPLATES.map((t) => loadTemplateFile(t.id, 'en'));
const inStage = (journey: Journey, stageId: string) => journey.touchpoints.filter((t) => t.stageId === stageId);

/** A stage with a delight touchpoint while one of its utility touchpoints has a pain point of severity >= 4. */
const delightOnBrokenBase = (journey: Journey) =>
  journey.stages.filter((stage) => {
    const cards = inStage(journey, stage.id);
    return (
      cards.some((t) => t.tier === 'delight') &&
      cards.some((t) => t.tier === 'utility' && t.painPoints.some((p) => p.severity >= 4))
    );
  });

/** A stage with two or more touchpoints, all on one channel. */
const singleChannelStages = (journey: Journey) =>
  journey.stages.filter((stage) => {
    const cards = inStage(journey, stage.id);
    return cards.length >= 2 && new Set(cards.map((t) => t.channel)).size === 1;
  });

const unmeasuredMomentsOfTruth = (journey: Journey) =>
  journey.touchpoints.filter((t) => t.momentOfTruth && t.metrics.length === 0);

describe('templates as report demos', () => {
  it('show delight built on a broken base in at least two templates', () => {
    expect(journeys.filter((j) => delightOnBrokenBase(j).length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('show a stage served by a single channel', () => {
    expect(journeys.some((j) => singleChannelStages(j).length > 0)).toBe(true);
  });

  it('show a moment of truth without a metric, while most are measured', () => {
    const moments = journeys.flatMap((j) => j.touchpoints.filter((t) => t.momentOfTruth));
    const unmeasured = journeys.flatMap(unmeasuredMomentsOfTruth);
    expect(unmeasured.length).toBeGreaterThanOrEqual(1);
    expect(unmeasured.length).toBeLessThan(moments.length / 2);
  });

  it('use every severity, pain source and opportunity status somewhere', () => {
    const pains = journeys.flatMap((j) => j.touchpoints.flatMap((t) => t.painPoints));
    const opportunities = journeys.flatMap((j) => j.touchpoints.flatMap((t) => t.opportunities));
    expect(new Set(pains.map((p) => p.severity))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(new Set(pains.map((p) => p.source))).toEqual(new Set(['direct', 'indirect', 'inferred']));
    expect(new Set(opportunities.map((o) => o.status))).toEqual(new Set(['idea', 'planned', 'in-progress', 'done']));
  });

  it('include a custom channel that touchpoints use', () => {
    const withCustom = journeys.filter((j) =>
      (j.channels ?? []).some((c) => j.touchpoints.some((t) => t.channel === c.id)),
    );
    expect(withCustom.length).toBeGreaterThanOrEqual(1);
  });
});
