/** Each built-in template is a realistic journey: the content rules of issue 6, counted. */
import { describe, expect, it } from 'vitest';
import { SIZES } from '../../../shared/layout/tokens';
import { BUILT_IN_CHANNEL_IDS, KPI_IDS, PAIN_SOURCES, primaryEmotionOf, type Journey } from '../../../shared/model';
import { computeReport } from '../../../shared/report';
import { CASES, loadTemplateFile } from './templateFiles';

const MIN_CHANNELS = 6;
const COLUMNS = [SIZES.lanePadding, SIZES.lanePadding + SIZES.cardWidth + SIZES.cardGap];
const ROW_STEP = SIZES.cardHeight + SIZES.cardGap;

const all = <T>(journey: Journey, pick: (t: Journey['touchpoints'][number]) => T[]) =>
  journey.touchpoints.flatMap(pick);

describe.each(CASES)('template $id ($lang)', ({ id, lang }) => {
  const journey = loadTemplateFile(id, lang);

  it('has a persona with goals, needs and expectations', () => {
    const persona = journey.personas[0]!;
    expect(persona.name.trim()).not.toBe('');
    expect(persona.description?.trim()).not.toBe('');
    expect(persona.goals.length).toBeGreaterThanOrEqual(1);
    expect(persona.needs.length).toBeGreaterThanOrEqual(1);
    expect(persona.expectations.length).toBeGreaterThanOrEqual(1);
  });

  it('has 4–7 stages, each with a description and a customer goal', () => {
    expect(journey.stages.length).toBeGreaterThanOrEqual(4);
    expect(journey.stages.length).toBeLessThanOrEqual(7);
    for (const stage of journey.stages) {
      expect(stage.description?.trim(), stage.id).toBeTruthy();
      expect(stage.customerGoal?.trim(), stage.id).toBeTruthy();
      expect(
        journey.touchpoints.some((t) => t.stageId === stage.id),
        `${stage.id} is empty`,
      ).toBe(true);
    }
  });

  it(`has at least 12 touchpoints on at least ${MIN_CHANNELS} channels, built-in or the file's own`, () => {
    expect(journey.touchpoints.length).toBeGreaterThanOrEqual(12);
    const channels = new Set(journey.touchpoints.map((t) => t.channel));
    expect(channels.size).toBeGreaterThanOrEqual(MIN_CHANNELS);
    const custom = new Set((journey.channels ?? []).map((c) => c.id));
    for (const channel of channels) expect(BUILT_IN_CHANNEL_IDS.includes(channel) || custom.has(channel)).toBe(true);
  });

  it('uses all three pyramid tiers', () => {
    expect(new Set(journey.touchpoints.map((t) => t.tier))).toEqual(new Set(['utility', 'usability', 'delight']));
  });

  it('rates every touchpoint, so the emotion curve has highs and lows', () => {
    const emotions = journey.touchpoints.map((t) => primaryEmotionOf(journey, t));
    expect(emotions.every((e) => typeof e === 'number')).toBe(true);
    expect(Math.max(...(emotions as number[]))).toBeGreaterThan(0);
    expect(Math.min(...(emotions as number[]))).toBeLessThan(0);
  });

  it('has pain points with severity, source and evidence', () => {
    const pains = all(journey, (t) => t.painPoints);
    expect(pains.length).toBeGreaterThanOrEqual(3);
    for (const pain of pains) {
      expect(pain.severity).toBeGreaterThanOrEqual(1);
      expect(pain.severity).toBeLessThanOrEqual(5);
      expect(PAIN_SOURCES).toContain(pain.source);
      expect(pain.evidence?.trim(), pain.id).toBeTruthy();
    }
    expect(new Set(pains.map((p) => p.source)).size).toBeGreaterThanOrEqual(2);
  });

  it('has a few opportunities with impact, effort, owner and status', () => {
    const opportunities = all(journey, (t) => t.opportunities);
    expect(opportunities.length).toBeGreaterThanOrEqual(2);
    for (const o of opportunities) expect(o.owner?.trim(), o.id).toBeTruthy();
  });

  it('tracks KPIs from the catalogue with baseline, current and target', () => {
    const metrics = all(journey, (t) => t.metrics);
    expect(metrics.length).toBeGreaterThanOrEqual(3);
    for (const m of metrics) {
      expect(KPI_IDS).toContain(m.kpi);
      expect(
        [m.baseline, m.current, m.target].every((v) => typeof v === 'number'),
        m.id,
      ).toBe(true);
      expect(m.label?.trim(), m.id).toBeTruthy();
    }
  });

  it('marks at least one moment of truth', () => {
    expect(journey.touchpoints.some((t) => t.momentOfTruth)).toBe(true);
  });

  it('connects every touchpoint into one flow with a branch that rejoins', () => {
    // The touchpoints' own flow; a blueprint's connections to its steps are checked below.
    const ids = new Set(journey.touchpoints.map((t) => t.id));
    const flows = journey.connections.filter((c) => ids.has(c.from) && ids.has(c.to));
    const linked = new Set(flows.flatMap((c) => [c.from, c.to]));
    expect(journey.touchpoints.filter((t) => !linked.has(t.id)).map((t) => t.id)).toEqual([]);
    const count = (ends: string[]) => ends.reduce((m, e) => m.set(e, (m.get(e) ?? 0) + 1), new Map<string, number>());
    const outs = count(flows.map((c) => c.from));
    const ins = count(flows.map((c) => c.to));
    expect(
      [...outs.values()].some((n) => n >= 2),
      'a branch',
    ).toBe(true);
    expect(
      [...ins.values()].some((n) => n >= 2),
      'a rejoin',
    ).toBe(true);
    // One flow: every card is reachable from the first when links are followed either way.
    const seen = new Set([journey.touchpoints[0]!.id]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const c of flows) {
        if (seen.has(c.from) === seen.has(c.to)) continue;
        seen.add(c.from).add(c.to);
        grew = true;
      }
    }
    expect(seen.size).toBe(journey.touchpoints.length);
  });

  it('connects each step of its blueprint lanes to a card, and traces a severe pain point to a step', () => {
    if (journey.steps.length === 0) return;
    const linked = new Set(journey.connections.flatMap((c) => [c.from, c.to]));
    expect(journey.steps.filter((s) => !linked.has(s.id)).map((s) => s.id)).toEqual([]);
    expect(journey.lanes.map((l) => l.kind)).toEqual(['touchpoints', 'frontstage', 'backstage', 'support']);
    expect(computeReport(journey).rootCauses.length).toBeGreaterThanOrEqual(1);
  });

  it('lays cards out on the lane grid without overlaps', () => {
    const taken = new Set<string>();
    for (const t of journey.touchpoints) {
      expect(COLUMNS, t.id).toContain(t.position.x);
      expect((t.position.y - SIZES.lanePadding) % ROW_STEP, t.id).toBe(0);
      const slot = `${t.stageId}@${t.position.x},${t.position.y}`;
      expect(taken.has(slot), `${t.id} overlaps another card`).toBe(false);
      taken.add(slot);
    }
  });
});
