/** A workshop's dot vote (the file's `votes`) ranks the report's pain points and opportunities first. */
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/report';
import { dental } from './fixtureJourneys';

describe('the report ranks by votes when any are present', () => {
  it('keeps severity and impact order without votes', () => {
    const report = computeReport(dental());
    const severities = report.painPoints.map((p) => p.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    expect(report.painPoints.every((p) => !('votes' in p))).toBe(true);
    const impacts = report.opportunities.map((o) => o.impact);
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
  });

  it('puts the most voted pain point first, then severity decides', () => {
    const journey = dental();
    const all = journey.touchpoints.flatMap((tp) => tp.painPoints);
    expect(all.length).toBeGreaterThan(2);
    const mildest = [...all].sort((a, b) => a.severity - b.severity)[0]!;
    mildest.votes = 3;
    const report = computeReport(journey);
    expect(report.painPoints[0]).toMatchObject({ id: mildest.id, votes: 3 });
    const rest = report.painPoints.slice(1).map((p) => p.severity);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(report.painPoints.slice(1).every((p) => !('votes' in p))).toBe(true);
  });

  it('puts the most voted opportunity first, then impact and effort decide', () => {
    const journey = dental();
    const all = journey.touchpoints.flatMap((tp) => tp.opportunities);
    expect(all.length).toBeGreaterThan(1);
    const weakest = [...all].sort((a, b) => a.impact - b.impact)[0]!;
    const strongest = [...all].sort((a, b) => b.impact - a.impact)[0]!;
    weakest.votes = 2;
    strongest.votes = 1;
    const report = computeReport(journey);
    expect(report.opportunities.slice(0, 2).map((o) => o.id)).toEqual([weakest.id, strongest.id]);
  });
});
