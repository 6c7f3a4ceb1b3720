/** The Journey and Stages tabs' edit flows, through the real store with undo and redo. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journeyActions } from '../../../../renderer/panels/journeyActions';
import { sampleJourney } from '../../../helpers/editFixtures';
import { createTestEditor } from '../../../helpers/testEditor';

function setup() {
  const editor = createTestEditor(sampleJourney());
  return {
    editor,
    actions: journeyActions(editor.run),
    steps: () => editor.store.temporal.getState().pastStates.length,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('journey fields', () => {
  it('typing the title or description is one step each; an emptied description leaves the file', () => {
    const { editor, actions, steps } = setup();
    for (const title of ['H', 'Ho', 'Hotel stay']) actions.setTitle(title);
    for (const text of ['A', 'A weekend']) actions.setDescription(text);
    expect(editor.journey).toMatchObject({ title: 'Hotel stay', description: 'A weekend' });
    expect(steps()).toBe(2);
    // Clearing the field right away is still the same typing step.
    actions.setDescription('');
    expect(editor.journey.description).toBeUndefined();
    expect(steps()).toBe(2);
    editor.undo();
    expect(editor.journey.title).toBe('Hotel stay');
    expect(editor.journey.description).toBeUndefined();
    editor.undo();
    expect(editor.journey.title).toBe('Sample');
  });
});

describe('persona', () => {
  it('is created and removed explicitly, each one undo step', () => {
    const { editor, actions, steps } = setup();
    actions.setPersonaName('ignored without a persona');
    expect(editor.journey.personas[0]).toBeUndefined();
    expect(steps()).toBe(0);
    actions.addPersona();
    actions.setPersonaName('Maya');
    actions.removePersona();
    expect(editor.journey.personas[0]).toBeUndefined();
    editor.undo();
    expect(editor.journey.personas[0]?.name).toBe('Maya');
    editor.undo();
    expect(editor.journey.personas[0]?.name).toBe('');
    editor.undo();
    expect(editor.journey.personas[0]).toBeUndefined();
  });

  it('list items: add, type, remove', () => {
    const { editor, actions, steps } = setup();
    actions.addPersona();
    actions.addPersonaItem('goals');
    for (const text of ['B', 'Book', 'Book fast']) actions.setPersonaItem('goals', 0, text);
    actions.addPersonaItem('goals');
    actions.setPersonaItem('goals', 1, 'Pay less');
    actions.addPersonaItem('expectations');
    actions.removePersonaItem('goals', 0);
    expect(editor.journey.personas[0]).toMatchObject({ goals: ['Pay less'], needs: [], expectations: [''] });
    expect(steps()).toBe(7);
    editor.undo();
    expect(editor.journey.personas[0]!.goals).toEqual(['Book fast', 'Pay less']);
  });
});

describe('stages', () => {
  it('typing a customer goal is one step; emptying an optional field removes it', () => {
    const { editor, actions, steps } = setup();
    for (const text of ['F', 'Find', 'Find a room']) actions.setStageField('stage-buy', 'customerGoal', text);
    actions.setStageField('stage-buy', 'name', 'Book');
    expect(editor.journey.stages[1]).toMatchObject({ name: 'Book', customerGoal: 'Find a room' });
    expect(steps()).toBe(2);
    actions.setStageField('stage-buy', 'customerGoal', '');
    expect(editor.journey.stages[1]!.customerGoal).toBeUndefined();
    editor.undo();
    editor.undo();
    expect(editor.journey.stages[1]).toMatchObject({ name: 'Buy', customerGoal: 'Find a room' });
    actions.setStageField('stage-nope', 'name', 'x');
    expect(editor.journey.stages.map((s) => s.name)).toEqual(['Discover', 'Buy']);
  });
});
