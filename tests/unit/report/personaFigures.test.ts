/**
 * The report's version 2 additions (docs/cli.md "The report contract") against figures worked out
 * by hand from tests/fixtures/report/personas-blueprint.journey (see the comments).
 *
 * Journey order of its touchpoints: t-ad (Find, y 24), t-site (Find, y 200), t-cart (Buy, y 24),
 * t-pay (Buy, y 200), though the file lists t-pay first.
 */
import { describe, expect, it } from 'vitest';
import { orderTouchpointsV2, type JourneyV2 } from '../../../shared/model/v2';
import { averageRating, personaFigures, ratingOf } from '../../../shared/report/personaFigures';
import { personasBlueprint } from './fixtureJourneys';

describe('personaFigures', () => {
  const journey = personasBlueprint();
  const ordered = orderTouchpointsV2(journey);

  it('reads the fixture in the journey order the comments assume', () => {
    expect(ordered.map((tp) => tp.id)).toEqual(['t-ad', 't-site', 't-cart', 't-pay']);
  });

  it('gives each persona, in file order, its averages and its lowest touchpoint', () => {
    expect(personaFigures(journey, ordered)).toEqual([
      // Ana: t-ad 1, t-site -2, t-pay -2 → -3 / 3 = -1. Lowest -2 at t-site and t-pay: t-site comes
      // first in journey order. Find: (1 - 2) / 2 = -0.5; Buy: t-pay alone, -2; Use: nothing rated.
      {
        id: 'p-ana',
        name: 'Ana',
        averageEmotion: -1,
        lowestTouchpointId: 't-site',
        stages: { 's-find': -0.5, 's-buy': -2, 's-use': null },
      },
      // Ben: t-ad -1, t-cart -1, t-pay 1 → -1 / 3. Lowest -1 at t-ad (Find) before t-cart (Buy).
      // Find: t-ad alone, -1; Buy: (-1 + 1) / 2 = 0.
      {
        id: 'p-ben',
        name: 'Ben',
        averageEmotion: -1 / 3,
        lowestTouchpointId: 't-ad',
        stages: { 's-find': -1, 's-buy': 0, 's-use': null },
      },
      // Cy rated nothing.
      {
        id: 'p-cy',
        name: 'Cy',
        averageEmotion: null,
        lowestTouchpointId: null,
        stages: { 's-find': null, 's-buy': null, 's-use': null },
      },
    ]);
  });

  it('breaks a tie for the lowest by journey order, not file order', () => {
    // File order puts t-pay (-2) before t-site (-2); journey order puts t-site first.
    expect(journey.touchpoints.map((tp) => tp.id).indexOf('t-pay')).toBe(0);
    expect(personaFigures(journey, ordered)[0]!.lowestTouchpointId).toBe('t-site');
  });

  it('gives an empty list for a journey without personas', () => {
    expect(personaFigures({ ...journey, personas: [] }, ordered)).toEqual([]);
  });

  it('reads only own keys of the emotions, so persona ids like "toString" are plain ids', () => {
    const tp = ordered[0]!;
    expect(ratingOf(tp, 'toString')).toBeUndefined();
    expect(ratingOf({ ...tp, emotions: { toString: -1 } }, 'toString')).toBe(-1);
    expect(averageRating([tp], 'constructor')).toBeNull();
  });

  it('keeps stage ids such as "__proto__" as plain keys', () => {
    const odd: JourneyV2 = {
      ...journey,
      stages: [{ id: '__proto__', name: 'Odd' }],
      touchpoints: journey.touchpoints.map((tp) => ({ ...tp, stageId: '__proto__' })),
    };
    const [ana] = personaFigures(odd, orderTouchpointsV2(odd));
    expect(Object.keys(ana!.stages)).toEqual(['__proto__']);
    // All of Ana's ratings now sit in one stage: -1 as over the journey.
    expect(ana!.stages['__proto__']).toBe(-1);
  });
});
