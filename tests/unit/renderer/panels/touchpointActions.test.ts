/** The Touchpoint tab's edit flows, through the real store: each is the undo step a user expects. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { touchpointActions } from '../../../../renderer/inspector/touchpointActions';
import { MERGE_WINDOW_MS } from '../../../../renderer/store/documentStore';
import { sampleJourney } from '../../../helpers/editFixtures';
import { createTestEditor } from '../../../helpers/testEditor';

function setup() {
  const editor = createTestEditor(sampleJourney());
  const actions = touchpointActions(editor.run, 'tp-a');
  const tp = () => editor.journey.touchpoints.find((t) => t.id === 'tp-a')!;
  const steps = () => editor.store.temporal.getState().pastStates.length;
  return { editor, actions, tp, steps };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('touchpoint fields', () => {
  it('typing a title is one undo step; undo restores the old title, redo the new one', () => {
    const { editor, actions, tp, steps } = setup();
    for (const title of ['S', 'Se', 'See a TV ad']) actions.setFields({ title });
    expect(tp().title).toBe('See a TV ad');
    expect(steps()).toBe(1);
    editor.undo();
    expect(tp().title).toBe('See an ad');
    editor.redo();
    expect(tp().title).toBe('See a TV ad');
  });

  it('typing in another field, or after a pause, starts a new step', () => {
    const { actions, steps } = setup();
    actions.setFields({ owner: 'A' });
    actions.setFields({ notes: 'n' });
    vi.advanceTimersByTime(MERGE_WINDOW_MS + 1);
    actions.setFields({ notes: 'no' });
    expect(steps()).toBe(3);
  });

  it('choices are one step each and an invalid emotion never lands', () => {
    const { editor, actions, tp, steps } = setup();
    actions.setFields({ tier: 'delight' });
    actions.setEmotion(1);
    actions.setEmotion(7);
    actions.setFields({ momentOfTruth: true });
    // The sample has no persona: the first rating creates the primary one, "Customer" (persona-1).
    expect(editor.journey.personas.map((p) => [p.id, p.name])).toEqual([['persona-1', 'Customer']]);
    expect(tp()).toMatchObject({ tier: 'delight', emotions: { 'persona-1': 1 }, momentOfTruth: true });
    expect(steps()).toBe(3);
    actions.setEmotion(undefined);
    expect(tp().emotions).toEqual({});
    editor.undo();
    expect(tp().emotions['persona-1']).toBe(1);
  });

  it('moving to another stage puts the card below that stage’s cards', () => {
    const { editor, actions, tp } = setup();
    actions.moveToStage('stage-buy');
    expect(tp().stageId).toBe('stage-buy');
    const other = editor.journey.touchpoints.find((t) => t.id === 'tp-c')!;
    expect(tp().position.y).toBeGreaterThan(other.position.y);
  });
});

describe('custom channel', () => {
  it('adds the channel and chooses it in one step; undo removes both', () => {
    const { editor, actions, tp, steps } = setup();
    expect(actions.chooseChannelNamed('Drive-through')).toBe(true);
    const added = editor.journey.channels!;
    expect(added).toHaveLength(1);
    expect(added[0]!.name).toBe('Drive-through');
    expect(tp().channel).toBe(added[0]!.id);
    expect(steps()).toBe(1);
    editor.undo();
    expect(editor.journey.channels).toBeUndefined();
    expect(tp().channel).toBe('website');
  });

  it('refuses a blank name without a step', () => {
    const { actions, steps } = setup();
    expect(actions.chooseChannelNamed('   ')).toBe(false);
    expect(steps()).toBe(0);
  });
});

describe('pain points', () => {
  it('add, type, set severity, reorder and remove, each undoable', () => {
    const { editor, actions, tp, steps } = setup();
    const first = actions.add('painPoints');
    for (const text of ['S', 'Sl', 'Slow page']) actions.update('painPoints', first, { text });
    const second = actions.add('painPoints');
    actions.update('painPoints', second, { text: 'No prices' });
    actions.update('painPoints', second, { severity: 5 });
    actions.update('painPoints', second, { severity: 7 });
    expect(tp().painPoints.map((p) => [p.text, p.severity])).toEqual([
      ['Slow page', 3],
      ['No prices', 5],
    ]);
    expect(steps()).toBe(5);

    actions.move('painPoints', second, -1);
    expect(tp().painPoints.map((p) => p.text)).toEqual(['No prices', 'Slow page']);
    actions.remove('painPoints', first);
    expect(tp().painPoints.map((p) => p.text)).toEqual(['No prices']);

    editor.undo();
    expect(tp().painPoints.map((p) => p.text)).toEqual(['No prices', 'Slow page']);
    editor.undo();
    expect(tp().painPoints.map((p) => p.text)).toEqual(['Slow page', 'No prices']);
    editor.redo();
    expect(tp().painPoints.map((p) => p.text)).toEqual(['No prices', 'Slow page']);
  });
});

describe('opportunities and metrics', () => {
  it('edits an opportunity and refuses an impact out of range', () => {
    const { actions, tp } = setup();
    const id = actions.add('opportunities');
    actions.update('opportunities', id, { text: 'Show prices up front', impact: 5, status: 'planned' });
    actions.update('opportunities', id, { effort: 9 });
    expect(tp().opportunities[0]).toMatchObject({
      text: 'Show prices up front',
      impact: 5,
      effort: 3,
      status: 'planned',
    });
  });

  it('a metric’s numbers may be missing but never infinite; changing KPI brings its unit', () => {
    const { editor, actions, tp } = setup();
    const id = actions.add('metrics');
    actions.changeMetricKpi(id, 'cart-abandonment');
    actions.update('metrics', id, { baseline: 70 });
    actions.update('metrics', id, { current: Number.POSITIVE_INFINITY });
    actions.update('metrics', id, { target: 40 });
    expect(tp().metrics[0]).toMatchObject({
      kpi: 'cart-abandonment',
      unit: '%',
      higherIsBetter: false,
      baseline: 70,
      target: 40,
    });
    expect(tp().metrics[0]!.current).toBeUndefined();
    actions.update('metrics', id, { baseline: undefined });
    expect('baseline' in tp().metrics[0]!).toBe(false);
    editor.undo();
    expect(tp().metrics[0]!.baseline).toBe(70);
  });
});

describe('several touchpoints selected', () => {
  it('sets a shared tier on all of them in one step', () => {
    const { editor, steps } = setup();
    // What the multi-selection form runs.
    void editor.run('edit-touchpoints', { touchpointIds: ['tp-a', 'tp-c'], patch: { tier: 'usability' } });
    expect(editor.journey.touchpoints.map((t) => t.tier)).toEqual(['usability', 'utility', 'usability']);
    expect(steps()).toBe(1);
    editor.undo();
    expect(editor.journey.touchpoints.map((t) => t.tier)).toEqual(['utility', 'utility', 'utility']);
  });
});
