/**
 * Property: every valid version 1 journey survives save → load → save byte for byte with the
 * version 1 loader (docs/format.md); loaderV2RoundTrip.test.ts holds the same for version 2.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createJourney,
  createStage,
  createTouchpoint,
  formatProblem,
  loadJourneyText,
  loadJourneyTextV1,
  serializeJourney,
  serializeJourneyV1,
} from '../../../shared/model';
import { SEEDS, journeyArbitrary } from './journeyArbitraries';

/** Thousands of generated cases take longer than the default 20 s on a busy machine. */
const LONG_PROPERTY_TIMEOUT = 90_000;

const RUNS = 4000;

describe('the loader on valid journeys', { timeout: LONG_PROPERTY_TIMEOUT }, () => {
  it(`round-trips ${RUNS} generated journeys byte-identically`, () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        const text = serializeJourneyV1(journey);
        const loaded = loadJourneyTextV1(text);
        if (!loaded.ok) throw new Error(`refused a valid journey: ${loaded.problems.map(formatProblem).join('; ')}`);
        expect(serializeJourneyV1(loaded.journey)).toBe(text);
        expect(loaded.migratedFrom).toBeUndefined();
      }),
      { seed: SEEDS.roundTrip, numRuns: RUNS },
    );
  });

  it('keeps 10,000-character titles and descriptions intact', () => {
    // Long texts are a short random piece repeated: cheap to generate, and to shrink on failure.
    const longText = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .map((piece) => piece.repeat(Math.ceil(10_000 / piece.length)));
    fc.assert(
      fc.property(journeyArbitrary({ stages: 2, touchpoints: 3 }), longText, (journey, long) => {
        const text = serializeJourneyV1({ ...journey, title: long, description: long.repeat(20) });
        const loaded = loadJourneyTextV1(text);
        expect(loaded.ok && serializeJourneyV1(loaded.journey) === text).toBe(true);
      }),
      { seed: SEEDS.roundTrip, numRuns: 20 },
    );
  });

  it('saves unknown fields named like Object.prototype members (found by this fuzzer)', () => {
    const stage = createStage({ name: 'Visit' });
    const journey = {
      ...createJourney({ title: 'Members' }),
      lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' as const }],
      stages: [stage],
      touchpoints: [{ ...createTouchpoint(stage.id, 'lane-1'), toString: { a: 1 }, valueOf: [{ b: 2 }] }],
      hasOwnProperty: { c: 3 },
      isPrototypeOf: [{ d: 4 }],
    };
    const text = serializeJourney(journey);
    const loaded = loadJourneyText(text);
    expect(loaded.ok && serializeJourney(loaded.journey)).toBe(text);
    expect(JSON.parse(text)).toMatchObject({ hasOwnProperty: { c: 3 }, isPrototypeOf: [{ d: 4 }] });
  });
});
