/**
 * Properties of the migration from version 1 (docs/format.md "Migration from version 1"), on
 * every valid version 1 journey the version 1 fuzzer makes: it gives a valid version 2 journey,
 * deterministically; migrating again (loading what was saved) changes nothing; and every
 * connection it drops is named in a note.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  serializeJourneyV1 as serializeJourney,
  type JourneyV1 as Journey,
} from '../../../shared/model';
import { loadJourneyTextV2, migrateV1ToV2, serializeJourneyV2, validateJourneyV2 } from '../../../shared/model/v2';
import { journeyArbitrary } from './journeyArbitraries';
import { SEEDS_V2 } from './journeyV2Arbitraries';

const LONG_PROPERTY_TIMEOUT = 90_000;
const RUNS = 2000;

/** Unknown version 1 fields the migration would overwrite (it refuses those files instead). */
function clashes(journey: Journey): boolean {
  const has = (object: object | undefined, keys: string[]) => !!object && keys.some((k) => Object.hasOwn(object, k));
  return (
    has(journey, ['personas', 'lanes', 'steps']) ||
    has(journey.persona, ['id']) ||
    journey.touchpoints.some((tp) => has(tp, ['laneId', 'emotions']))
  );
}

describe('the migration from version 1', { timeout: LONG_PROPERTY_TIMEOUT }, () => {
  it(`turns each of ${RUNS} valid version 1 journeys into a valid version 2 one, the same way each time`, () => {
    let lossy = 0;
    fc.assert(
      fc.property(journeyArbitrary(), (v1) => {
        const result = migrateV1ToV2(v1);
        if (clashes(v1)) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(`refused: ${result.problems.map(formatProblem).join('; ')}`);
        const valid = validateJourneyV2(result.journey);
        if (!valid.ok)
          throw new Error(`migrated to an invalid journey: ${valid.problems.map(formatProblem).join('; ')}`);
        const again = migrateV1ToV2(v1);
        expect(again.ok && serializeJourneyV2(again.journey)).toBe(serializeJourneyV2(result.journey));
        // Each dropped connection has its note; nothing else disappears.
        const dropped = v1.connections.length - result.journey.connections.length;
        expect(result.notes.filter((n) => n.message.startsWith('dropped')).length).toBe(dropped);
        expect(result.journey.touchpoints.map((tp) => tp.id)).toEqual(v1.touchpoints.map((tp) => tp.id));
        expect(result.journey.stages.map((s) => s.id)).toEqual(v1.stages.map((s) => s.id));
        if (result.notes.length > 0) lossy++;
      }),
      { seed: SEEDS_V2.migration, numRuns: RUNS },
    );
    // The fuzzer's files do hit what the migration must repair (lone surrogates, far cards, loops).
    expect(lossy).toBeGreaterThan(RUNS / 10);
  });

  it(`is idempotent on ${RUNS} files: loading the migrated file again changes no byte and notes nothing`, () => {
    fc.assert(
      fc.property(journeyArbitrary(), (v1) => {
        fc.pre(!clashes(v1));
        const first = loadJourneyTextV2(serializeJourney(v1));
        if (!first.ok) throw new Error(`refused: ${first.problems.map(formatProblem).join('; ')}`);
        expect(first.migratedFrom).toBe(1);
        const text = serializeJourneyV2(first.journey);
        const second = loadJourneyTextV2(text);
        if (!second.ok) throw new Error(`refused its own output: ${second.problems.map(formatProblem).join('; ')}`);
        expect(second.notes).toEqual([]);
        expect(second.migratedFrom).toBeUndefined();
        expect(serializeJourneyV2(second.journey)).toBe(text);
      }),
      { seed: SEEDS_V2.migration, numRuns: RUNS },
    );
  });
});
