import { describe, expect, it } from 'vitest';
import {
  addPersona,
  addPersonaItem,
  createPersona,
  removePersona,
  removePersonaItem,
  updatePersona,
  updatePersonaItem,
} from '../../../shared/edit/personaEdits';
import type { Journey } from '../../../shared/model';
import { deepFreeze, frozenSample, problemsOf } from '../../helpers/editFixtures';

const withPersona = (): Journey =>
  deepFreeze(addPersona(frozenSample(), createPersona({ name: 'Maya', goals: ['Book fast', 'Pay less'] })));

describe('persona edits', () => {
  it('adds an empty persona explicitly, and not twice', () => {
    const before = frozenSample();
    const after = addPersona(before);
    // Its id follows the migration's rule: persona-1, or the next number free in the file.
    expect(after.personas).toEqual([
      { id: 'persona-1', name: '', description: '', goals: [], needs: [], expectations: [] },
    ]);
    expect(before.personas).toEqual([]);
    expect(addPersona(after, createPersona({ name: 'Other' }))).toBe(after);
    expect(problemsOf(after)).toEqual([]);
  });

  it('removes the persona entirely, with its ratings', () => {
    const rated = deepFreeze({
      ...withPersona(),
      touchpoints: withPersona().touchpoints.map((tp) => ({ ...tp, emotions: { 'persona-1': 1 } })),
    });
    const after = removePersona(rated);
    expect(after.personas).toEqual([]);
    expect(after.touchpoints.every((tp) => Object.keys(tp.emotions).length === 0)).toBe(true);
    expect(problemsOf(after)).toEqual([]);
    expect(removePersona(after)).toBe(after);
  });

  it('updates name and description; refuses without a persona', () => {
    const j = withPersona();
    expect(updatePersona(j, { description: 'Busy parent' }).personas[0]).toMatchObject({
      name: 'Maya',
      description: 'Busy parent',
    });
    expect(updatePersona(j, { name: 'Maya' })).toBe(j);
    const none = frozenSample();
    expect(updatePersona(none, { name: 'x' })).toBe(none);
    expect(addPersonaItem(none, 'goals', 'x')).toBe(none);
  });

  it('adds, edits and removes list items in place', () => {
    let j = withPersona();
    j = addPersonaItem(j, 'goals', 'Feel safe', 1);
    expect(j.personas[0]!.goals).toEqual(['Book fast', 'Feel safe', 'Pay less']);
    j = addPersonaItem(j, 'needs');
    expect(j.personas[0]!.needs).toEqual(['']);
    j = updatePersonaItem(j, 'needs', 0, 'Clear prices');
    j = updatePersonaItem(j, 'goals', 2, 'Pay a fair price');
    j = removePersonaItem(j, 'goals', 0);
    expect(j.personas[0]).toMatchObject({ goals: ['Feel safe', 'Pay a fair price'], needs: ['Clear prices'] });
    expect(withPersona().personas[0]!.goals).toEqual(['Book fast', 'Pay less']);
  });

  it('refuses indexes outside the list', () => {
    const j = withPersona();
    expect(addPersonaItem(j, 'goals', 'x', 5)).toBe(j);
    expect(updatePersonaItem(j, 'goals', 2, 'x')).toBe(j);
    expect(updatePersonaItem(j, 'goals', -1, 'x')).toBe(j);
    expect(removePersonaItem(j, 'expectations', 0)).toBe(j);
  });
});
