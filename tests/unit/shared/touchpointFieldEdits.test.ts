import { describe, expect, it } from 'vitest';
import { editTouchpoint, editTouchpoints } from '../../../shared/edit/touchpointFields';
import { deepFreeze, frozenSample, problemsOf } from '../../helpers/editFixtures';

/** The sample with a primary persona, so a touchpoint's emotions may name it. */
const ratedSample = () =>
  deepFreeze({
    ...frozenSample(),
    personas: [{ id: 'persona-1', name: 'Maya', goals: [], needs: [], expectations: [] }],
  });

describe('editTouchpoint', () => {
  it('sets fields without touching the input or other touchpoints', () => {
    const before = ratedSample();
    const after = editTouchpoint(before, 'tp-a', {
      title: 'See a TV ad',
      emotions: { 'persona-1': -1 },
      momentOfTruth: true,
    });
    expect(after.touchpoints[0]).toMatchObject({
      title: 'See a TV ad',
      emotions: { 'persona-1': -1 },
      momentOfTruth: true,
    });
    expect(before.touchpoints[0]!.title).toBe('See an ad');
    expect(after.touchpoints[1]).toBe(before.touchpoints[1]);
    expect(problemsOf(after)).toEqual([]);
  });

  it('clears optional fields by removing them', () => {
    const rated = deepFreeze(editTouchpoint(frozenSample(), 'tp-a', { description: 'Seen twice', owner: 'Ana' }));
    const cleared = editTouchpoint(rated, 'tp-a', { description: undefined, owner: undefined });
    expect('description' in cleared.touchpoints[0]!).toBe(false);
    expect('owner' in cleared.touchpoints[0]!).toBe(false);
  });

  it.each([
    ['an emotion of 3', { emotions: { 'persona-1': 3 } }],
    ['an emotion of 0.5', { emotions: { 'persona-1': 0.5 } }],
    ['a rating by no persona of the journey', { emotions: { 'persona-9': 1 } }],
    ['a lane that is not a touchpoint lane', { laneId: 'lane-nope' }],
    ['an unknown tier', { tier: 'wow' as never }],
    ['an unknown channel', { channel: 'fax' }],
    ['an unknown stage', { stageId: 'stage-nope' }],
    ['a non-finite position', { position: { x: Number.NaN, y: 0 } }],
  ])('refuses %s', (_, patch) => {
    const j = ratedSample();
    expect(editTouchpoint(j, 'tp-a', patch)).toBe(j);
  });

  it('accepts a custom channel of the journey', () => {
    const j = deepFreeze({ ...frozenSample(), channels: [{ id: 'ch-kiosk', name: 'Kiosk' }] });
    expect(editTouchpoint(j, 'tp-a', { channel: 'ch-kiosk' }).touchpoints[0]!.channel).toBe('ch-kiosk');
  });

  it('returns the same journey when nothing changes', () => {
    const j = frozenSample();
    expect(editTouchpoint(j, 'tp-b', { channel: 'review-site' })).toBe(j);
    expect(editTouchpoint(j, 'missing', { title: 'x' })).toBe(j);
  });
});

describe('editTouchpoints', () => {
  it('sets a shared tier on several touchpoints at once', () => {
    const after = editTouchpoints(frozenSample(), ['tp-a', 'tp-c'], { tier: 'delight' });
    expect(after.touchpoints.map((t) => t.tier)).toEqual(['delight', 'utility', 'delight']);
  });

  it('keeps untouched touchpoints by reference', () => {
    const before = frozenSample();
    const after = editTouchpoints(before, ['tp-a', 'tp-b'], { channel: 'review-site' });
    expect(after.touchpoints[1]).toBe(before.touchpoints[1]);
    expect(after.touchpoints[0]!.channel).toBe('review-site');
  });
});
