/**
 * Property: broken version 2 files, broken in every way a version 1 file can be and in every
 * way version 2's rules forbid, are refused with `path: message` problems at the place that was
 * broken, never with an uncaught error, and never touch a shared prototype.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../shared/model';
import { loadJourneyTextV2 } from '../../../shared/model/v2';
import { assertNoPrototypePollution } from './prototypeGuard';
import { SEEDS_V2 } from './journeyV2Arbitraries';
import { MUTATION_KINDS_V2, mutationV2Arbitrary } from './journeyV2Mutations';

const LONG_PROPERTY_TIMEOUT = 90_000;
const RUNS = 3000;

afterEach(assertNoPrototypePollution);

describe('the version 2 loader on broken journeys', { timeout: LONG_PROPERTY_TIMEOUT }, () => {
  it(`refuses ${RUNS} mutated version 2 files, each with the problem where it was broken`, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(mutationV2Arbitrary, (mutation) => {
        seen.add(mutation.kind);
        const result = loadJourneyTextV2(mutation.text);
        if (result.ok) throw new Error(`accepted a file broken by ${mutation.kind}`);
        for (const problem of result.problems) {
          expect(typeof problem.path).toBe('string');
          expect(problem.message.trim().length).toBeGreaterThan(3);
        }
        const { path, message } = mutation.expected;
        const hit = result.problems.some((p) => (path === undefined || p.path === path) && message.test(p.message));
        if (!hit)
          throw new Error(
            `${mutation.kind}: expected ${path ?? '(anywhere)'} ${message}, got ${result.problems.map(formatProblem).join(' | ')}`,
          );
        assertNoPrototypePollution();
      }),
      { seed: SEEDS_V2.mutations, numRuns: RUNS },
    );
    expect([...seen].sort()).toEqual([...MUTATION_KINDS_V2].sort());
  });
});
