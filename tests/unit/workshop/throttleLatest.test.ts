import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleLatest } from '../../../renderer/workshop/throttleLatest';

describe('throttleLatest (a cursor at most 20 times a second)', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('sends the first value at once, then at most one per interval, always the latest', () => {
    const sent: number[] = [];
    const cursor = throttleLatest((value: number) => sent.push(value), 50);
    cursor.push(1);
    expect(sent).toEqual([1]);
    for (let i = 2; i <= 6; i++) {
      vi.advanceTimersByTime(8);
      cursor.push(i);
    }
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(10);
    expect(sent).toEqual([1, 6]);
    // A pointer moving for a second at 125 moves a second sends about 20 of them, ending with the last.
    for (let i = 0; i < 125; i++) {
      vi.advanceTimersByTime(8);
      cursor.push(100 + i);
    }
    vi.advanceTimersByTime(50);
    expect(sent.length - 2).toBeGreaterThanOrEqual(19);
    expect(sent.length - 2).toBeLessThanOrEqual(21);
    expect(sent.at(-1)).toBe(224);
  });

  it('sends a pushed value after a quiet interval at once', () => {
    const sent: string[] = [];
    const cursor = throttleLatest((value: string) => sent.push(value), 50);
    cursor.push('a');
    vi.advanceTimersByTime(200);
    cursor.push('b');
    expect(sent).toEqual(['a', 'b']);
  });

  it('flush sends at once and drops the waiting value; cancel drops it', () => {
    const sent: (string | null)[] = [];
    const cursor = throttleLatest((value: string | null) => sent.push(value), 50);
    cursor.push('a');
    cursor.push('b');
    cursor.flush(null);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(['a', null]);
    cursor.push('c');
    cursor.push('d');
    cursor.cancel();
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(['a', null, 'c']);
  });
});
