/** A journey read back from the shared document keeps the objects of what did not change. */
import { describe, expect, it } from 'vitest';
import { createJourney, createStage, createTouchpoint } from '../../../shared/model';
import { keepUnchanged } from '../../../shared/workshop';

function mapOf(n: number) {
  const journey = createJourney({ title: 'Shared' });
  const stage = createStage({ name: 'Arrive' });
  const lane = journey.lanes[0]!;
  const touchpoints = Array.from({ length: n }, (_, i) => createTouchpoint(stage.id, lane.id, { title: `Card ${i}` }));
  return { ...journey, stages: [stage], touchpoints };
}

/** The same journey as new objects, as journeyFromDoc returns it. */
const reread = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('keepUnchanged', () => {
  it('returns the previous journey itself when nothing changed', () => {
    const before = mapOf(5);
    expect(keepUnchanged(before, reread(before))).toBe(before);
  });

  it('gives a new object only along the path of a change', () => {
    const before = mapOf(5);
    const next = reread(before);
    next.touchpoints[2]!.title = 'Renamed elsewhere';
    const shared = keepUnchanged(before, next);
    expect(shared).not.toBe(before);
    expect(shared).toEqual(next);
    expect(shared.touchpoints).not.toBe(before.touchpoints);
    expect(shared.touchpoints[2]).not.toBe(before.touchpoints[2]);
    expect(shared.touchpoints[2]!.painPoints).toBe(before.touchpoints[2]!.painPoints);
    for (const i of [0, 1, 3, 4]) expect(shared.touchpoints[i]).toBe(before.touchpoints[i]);
    expect(shared.stages).toBe(before.stages);
    expect(shared.lanes).toBe(before.lanes);
  });

  it('matches items by id, so a reorder or an insertion keeps every card object', () => {
    const before = mapOf(4);
    const next = reread(before);
    next.touchpoints.reverse();
    next.touchpoints.splice(1, 0, reread(createTouchpoint(before.stages[0]!.id, before.lanes[0]!.id)));
    const shared = keepUnchanged(before, next);
    expect(shared).toEqual(next);
    const ids = new Map(before.touchpoints.map((t) => [t.id, t]));
    for (const tp of shared.touchpoints) if (ids.has(tp.id)) expect(tp).toBe(ids.get(tp.id));
  });

  it('sees removed and added fields, and keeps a "__proto__" key a plain key', () => {
    const before = { a: 1, b: { c: 2 } } as Record<string, unknown>;
    expect(keepUnchanged(before, { a: 1 })).toEqual({ a: 1 });
    expect(keepUnchanged(before, { a: 1, b: { c: 2 }, d: 3 })).toEqual({ a: 1, b: { c: 2 }, d: 3 });
    const hostile = JSON.parse('{"a":1,"__proto__":{"polluted":true}}') as Record<string, unknown>;
    const shared = keepUnchanged(before, hostile);
    expect(Object.keys(shared)).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
  });
});
