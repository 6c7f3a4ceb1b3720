/**
 * Root causes (docs/cli.md "The report contract", `rootCauses`) against the fixture worked out by
 * hand. Its steps in file order: st-gw (support), st-wait (actions), st-cms (backstage),
 * st-till (frontstage), st-receipt (evidence).
 */
import { describe, expect, it } from 'vitest';
import { orderTouchpointsV2, type JourneyV2 } from '../../../shared/model/v2';
import { rootCauses } from '../../../shared/report/rootCauses';
import { personasBlueprint } from './fixtureJourneys';

const causesOf = (journey: JourneyV2) => rootCauses(journey, orderTouchpointsV2(journey));

describe('rootCauses', () => {
  const journey = personasBlueprint();

  it('traces every pain point of severity 4 or more to the blueprint steps connected to its touchpoint', () => {
    expect(causesOf(journey)).toEqual([
      // t-pay: c1 to st-till (frontstage), c2 from st-gw (support), c9 from st-till again (counted
      // once), c3 to st-receipt (evidence: not a blueprint lane). File order: st-gw, st-till.
      { touchpointId: 't-pay', painPointId: 'pp-card', severity: 5, stepIds: ['st-gw', 'st-till'] },
      // Severity 4: t-site (second in journey order) before t-pay (fourth). t-site: c4 from st-cms.
      { touchpointId: 't-site', painPointId: 'pp-404', severity: 4, stepIds: ['st-cms'] },
      { touchpointId: 't-pay', painPointId: 'pp-slow', severity: 4, stepIds: ['st-gw', 'st-till'] },
      // Left out: pp-lost (severity 5) on t-cart, connected only to a customer action (st-wait);
      // pp-loud on t-ad, connected to st-cms but of severity 2.
    ]);
  });

  it('follows a lane that changes kind', () => {
    const lanes = journey.lanes.map((l) => (l.id === 'l-act' ? { ...l, kind: 'backstage' as const } : l));
    const causes = causesOf({ ...journey, lanes });
    // pp-lost joins: severity 5 like pp-card, and t-cart comes before t-pay in journey order.
    expect(causes.map((c) => [c.painPointId, c.stepIds])).toEqual([
      ['pp-lost', ['st-wait']],
      ['pp-card', ['st-gw', 'st-till']],
      ['pp-404', ['st-cms']],
      ['pp-slow', ['st-gw', 'st-till']],
    ]);
  });

  it('gives none for a journey without blueprint steps or connections', () => {
    expect(causesOf({ ...journey, connections: [] })).toEqual([]);
    expect(causesOf({ ...journey, steps: [] })).toEqual([]);
  });

  it('gives each cause its own list of steps', () => {
    const [card, , slow] = causesOf(journey);
    card!.stepIds.push('changed');
    expect(slow!.stepIds).toEqual(['st-gw', 'st-till']);
  });
});
