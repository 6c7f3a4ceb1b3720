/** Property: every valid version 2 journey is valid, and survives save → load → save byte for byte. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../shared/model';
import { loadJourneyTextV2, serializeJourneyV2, validateJourneyV2 } from '../../../shared/model/v2';
import { SEEDS_V2, journeyV2Arbitrary } from './journeyV2Arbitraries';

/** Thousands of generated cases take longer than the default 20 s on a busy machine. */
const LONG_PROPERTY_TIMEOUT = 90_000;
const RUNS = 2000;

describe('the version 2 loader on valid journeys', { timeout: LONG_PROPERTY_TIMEOUT }, () => {
  it(`round-trips ${RUNS} generated version 2 journeys byte-identically`, () => {
    const seen = { steps: 0, personas: 0, emotions: 0, crossLane: 0 };
    fc.assert(
      fc.property(journeyV2Arbitrary(), (journey) => {
        const valid = validateJourneyV2(journey);
        if (!valid.ok) throw new Error(`generated an invalid journey: ${valid.problems.map(formatProblem).join('; ')}`);
        const text = serializeJourneyV2(journey);
        const loaded = loadJourneyTextV2(text);
        if (!loaded.ok) throw new Error(`refused a valid journey: ${loaded.problems.map(formatProblem).join('; ')}`);
        expect(serializeJourneyV2(loaded.journey)).toBe(text);
        expect(loaded.notes).toEqual([]);
        expect(loaded.migratedFrom).toBeUndefined();
        const steps = new Set(journey.steps.map((s) => s.id));
        seen.steps += journey.steps.length;
        seen.personas += journey.personas.length;
        seen.emotions += journey.touchpoints.filter((tp) => Object.keys(tp.emotions).length > 0).length;
        seen.crossLane += journey.connections.filter((c) => steps.has(c.from) !== steps.has(c.to)).length;
      }),
      { seed: SEEDS_V2.roundTrip, numRuns: RUNS },
    );
    // The generator reaches what version 2 adds, not only empty grids.
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(RUNS / 10);
  });
});
