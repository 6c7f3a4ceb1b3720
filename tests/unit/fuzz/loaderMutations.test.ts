/**
 * Property: broken journey files are refused with `path: message` problems, never with an
 * uncaught error, and never touch a shared prototype.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatProblem,
  loadJourneyTextV1 as loadJourneyText,
  serializeJourneyV1 as serializeJourney,
  type Problem,
} from '../../../shared/model';
import { SEEDS, journeyArbitrary } from './journeyArbitraries';
import { MUTATION_KINDS, mutationArbitrary } from './journeyMutations';
import { assertNoPrototypePollution } from './prototypeGuard';

/** Thousands of generated cases take longer than the default 20 s on a busy machine. */
const LONG_PROPERTY_TIMEOUT = 90_000;

const MUTATION_RUNS = 4000;
const CORRUPTION_RUNS = 1000;

afterEach(assertNoPrototypePollution);

/** Every problem names where (possibly the whole file, '') and says what, in words. */
function expectWellFormed(problems: Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.message.trim().length).toBeGreaterThan(3);
    expect(formatProblem(problem)).toBe(problem.path ? `${problem.path}: ${problem.message}` : problem.message);
  }
}

describe('the loader on broken journeys', { timeout: LONG_PROPERTY_TIMEOUT }, () => {
  it(`refuses ${MUTATION_RUNS} mutated files, each with the problem where it was broken`, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(mutationArbitrary, (mutation) => {
        seen.add(mutation.kind);
        const result = loadJourneyText(mutation.text);
        if (result.ok) throw new Error(`accepted a file broken by ${mutation.kind}`);
        expectWellFormed(result.problems);
        const { path, message } = mutation.expected;
        const hit = result.problems.some((p) => (path === undefined || p.path === path) && message.test(p.message));
        if (!hit)
          throw new Error(
            `${mutation.kind}: expected ${path ?? '(anywhere)'} ${message}, got ${result.problems.map(formatProblem).join(' | ')}`,
          );
        assertNoPrototypePollution();
      }),
      { seed: SEEDS.mutations, numRuns: MUTATION_RUNS },
    );
    expect([...seen].sort()).toEqual([...MUTATION_KINDS].sort());
  });

  it(`never throws on ${CORRUPTION_RUNS} truncated or spliced files`, () => {
    const corrupted = fc
      .record({
        journey: journeyArbitrary({ stages: 2, touchpoints: 3 }),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        insert: fc.oneof(
          fc.constant(''),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
          fc.constantFrom('{', '[', '"', '\\', ',', ':', '}', ']'),
        ),
        cut: fc.boolean(),
      })
      .map(({ journey, at, insert, cut }) => {
        const text = serializeJourney(journey);
        const i = Math.floor(at * (text.length - 2));
        return cut ? text.slice(0, i) : text.slice(0, i) + insert + text.slice(i);
      });
    fc.assert(
      fc.property(corrupted, (text) => {
        const result = loadJourneyText(text);
        if (result.ok) expect(serializeJourney(result.journey).length).toBeGreaterThan(0);
        else expectWellFormed(result.problems);
      }),
      { seed: SEEDS.mutations, numRuns: CORRUPTION_RUNS },
    );
  });

  it('refuses prototype keys written directly in the text, at any depth', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = `{"format":"journey-studio","version":1,"stages":[{"${key}":{"polluted":"yes"}}],"${key}":{"isAdmin":true}}`;
      const result = loadJourneyText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map(formatProblem)).toContain(`${key}: the key "${key}" is not allowed`);
      assertNoPrototypePollution();
    }
  });
});
