/** The primary persona's emotion (shared/model/emotion.ts): read, set, cleared, and the persona a first rating creates. */
import { describe, expect, it } from 'vitest';
import { emotionOf, primaryEmotionOf, primaryPersonaId, setEmotion, withEmotion } from '../../../shared/model';
import { deepFreeze, frozenSample, problemsOf } from '../../helpers/editFixtures';

const maya = { id: 'persona-maya', name: 'Maya', goals: [], needs: [], expectations: [] };
const leo = { id: 'persona-leo', name: 'Leo', goals: [], needs: [], expectations: [] };

describe('emotions per persona', () => {
  it('reads the primary persona’s rating, and nothing for a journey without personas', () => {
    const j = deepFreeze({
      ...frozenSample(),
      personas: [maya, leo],
      touchpoints: frozenSample().touchpoints.map((tp) => ({
        ...tp,
        emotions: { 'persona-leo': 2, 'persona-maya': -1 },
      })),
    });
    expect(primaryPersonaId(j)).toBe('persona-maya');
    expect(primaryEmotionOf(j, j.touchpoints[0]!)).toBe(-1);
    expect(emotionOf(j.touchpoints[0]!, 'persona-leo')).toBe(2);
    expect(primaryEmotionOf(frozenSample(), frozenSample().touchpoints[0]!)).toBeUndefined();
    // A key named like an Object.prototype member is only a rating if it is an own key.
    expect(emotionOf({ emotions: {} }, 'toString')).toBeUndefined();
  });

  it('creates the primary persona "Customer" on a first rating, with the migration’s id rule', () => {
    const base = frozenSample();
    const taken = deepFreeze({ ...base, stages: [...base.stages, { id: 'persona-1', name: 'Odd stage id' }] });
    const rated = setEmotion(taken, 'tp-a', 1);
    expect(rated.personas).toEqual([{ id: 'persona-2', name: 'Customer', goals: [], needs: [], expectations: [] }]);
    expect(rated.touchpoints[0]!.emotions).toEqual({ 'persona-2': 1 });
    expect(problemsOf(rated)).toEqual([]);
    // Clearing a rating on a journey without personas changes nothing and creates none.
    expect(setEmotion(base, 'tp-a', undefined)).toBe(base);
  });

  it('sets and clears one persona’s rating, keeping the others in their order', () => {
    const j = deepFreeze({ ...frozenSample(), personas: [maya, leo] });
    const both = setEmotion(setEmotion(j, 'tp-a', -2), 'tp-a', 1, 'persona-leo');
    expect(both.touchpoints[0]!.emotions).toEqual({ 'persona-maya': -2, 'persona-leo': 1 });
    const cleared = setEmotion(both, 'tp-a', undefined);
    expect(cleared.touchpoints[0]!.emotions).toEqual({ 'persona-leo': 1 });
    expect(withEmotion({ a: 1, b: 2 }, 'a', 0)).toEqual({ a: 0, b: 2 });
    expect(Object.keys(withEmotion({ a: 1, b: 2 }, 'a', 0))).toEqual(['a', 'b']);
  });

  it('refuses a value outside -2..2, a persona the journey lacks, and an unknown card', () => {
    const j = deepFreeze({ ...frozenSample(), personas: [maya] });
    expect(setEmotion(j, 'tp-a', 3)).toBe(j);
    expect(setEmotion(j, 'tp-a', 0.5)).toBe(j);
    expect(setEmotion(j, 'tp-a', 1, 'persona-nobody')).toBe(j);
    expect(setEmotion(j, 'tp-nope', 1)).toBe(j);
    const once = setEmotion(j, 'tp-a', 1);
    expect(setEmotion(once, 'tp-a', 1)).toBe(once);
  });
});
