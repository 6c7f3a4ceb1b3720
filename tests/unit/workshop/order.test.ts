import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptInOrder, longestIncreasingRun } from '../../../shared/workshop/order';

describe('keptInOrder', () => {
  it('keeps everything but the moved id', () => {
    expect(keptInOrder(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'a'])).toEqual({
      keep: ['b', 'c', 'd'],
      removeIndices: [0],
    });
  });

  it('drops ids not wanted and second copies', () => {
    expect(keptInOrder(['a', 'x', 'b', 'a'], ['a', 'b'])).toEqual({ keep: ['a', 'b'], removeIndices: [1, 3] });
  });

  it('keeps a longest increasing run', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }), (values) => {
        const run = longestIncreasingRun(values).map((position) => values[position] ?? NaN);
        for (let i = 1; i < run.length; i++) expect(run[i]).toBeGreaterThan(run[i - 1] ?? NaN);
        // Brute force for the length (quadratic dynamic programming).
        const best: number[] = values.map(() => 1);
        values.forEach((v, i) => {
          for (let j = 0; j < i; j++) if ((values[j] ?? NaN) < v) best[i] = Math.max(best[i] ?? 1, (best[j] ?? 1) + 1);
        });
        expect(run.length).toBe(values.length === 0 ? 0 : Math.max(...best));
      }),
    );
  });
});
