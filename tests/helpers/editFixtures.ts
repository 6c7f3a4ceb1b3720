/** Small documents for the pure-edit tests, frozen deeply so that any mutation of the input throws. */
import { createJourney, createStage, createTouchpoint, validateJourney, type Journey } from '../../shared/model';

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Two stages and one lane ("lane-1"); touchpoints "tp-a" and "tp-b" in the first stage, "tp-c" in the second. */
export function sampleJourney(): Journey {
  const journey = createJourney({ title: 'Sample', now: new Date('2026-01-01T00:00:00Z') });
  const discover = createStage({ id: 'stage-discover', name: 'Discover' });
  const buy = createStage({ id: 'stage-buy', name: 'Buy' });
  const lane = 'lane-1';
  return {
    ...journey,
    stages: [discover, buy],
    lanes: [{ id: lane, name: 'Touchpoints', kind: 'touchpoints' }],
    touchpoints: [
      createTouchpoint(discover.id, lane, { id: 'tp-a', title: 'See an ad' }),
      createTouchpoint(discover.id, lane, { id: 'tp-b', title: 'Read reviews', channel: 'review-site' }),
      createTouchpoint(buy.id, lane, { id: 'tp-c', title: 'Check out' }),
    ],
  };
}

export const frozenSample = () => deepFreeze(sampleJourney());

/** Every schema and reference problem of a document (empty when it is a valid file). */
export function problemsOf(journey: Journey) {
  const result = validateJourney(journey);
  return result.ok ? [] : result.problems;
}
