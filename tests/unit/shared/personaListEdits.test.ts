/** Edits of several personas by id: add up to eight, edit, reorder, make primary, delete with ratings. */
import { describe, expect, it } from 'vitest';
import {
  appendPersona,
  canAddPersona,
  changePersonaList,
  deletePersona,
  movePersona,
  ratingCount,
  updatePersonaFields,
} from '../../../shared/edit/personaListEdits';
import { MAX_PERSONAS, validateJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import { personasBlueprint } from '../report/fixtureJourneys';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Personas p-ana (primary), p-ben, p-cy; Ana rated 3 touchpoints, Ben 3, Cy none. */
const sample = () => deepFreeze(personasBlueprint());
const problems = (journey: JourneyV2) => {
  const r = validateJourneyV2(journey);
  return r.ok ? [] : r.problems;
};
const ids = (journey: JourneyV2) => journey.personas.map((p) => p.id);

describe('adding personas', () => {
  it('appends one with the next free persona-N id, empty lists, valid', () => {
    const added = appendPersona(sample(), { name: 'Dee' })!;
    expect(added.personaId).toBe('persona-1');
    expect(added.journey.personas[3]).toEqual({ id: 'persona-1', name: 'Dee', goals: [], needs: [], expectations: [] });
    expect(problems(added.journey)).toEqual([]);
    expect(appendPersona(added.journey)!.personaId).toBe('persona-2');
  });

  it('refuses the ninth', () => {
    let journey = sample();
    while (canAddPersona(journey)) journey = appendPersona(journey)!.journey;
    expect(journey.personas).toHaveLength(MAX_PERSONAS);
    expect(appendPersona(journey)).toBeNull();
    expect(problems(journey)).toEqual([]);
  });
});

describe('editing a persona', () => {
  it('sets and clears its name, description and colour, and refuses a bad colour', () => {
    const before = sample();
    const named = updatePersonaFields(before, 'p-ben', {
      name: 'Benedict',
      description: 'Pays late',
      color: '#aa0011',
    });
    expect(named.personas[1]).toMatchObject({ name: 'Benedict', description: 'Pays late', color: '#aa0011' });
    expect(named.personas[0]).toBe(before.personas[0]);
    const cleared = updatePersonaFields(named, 'p-ben', { description: '', color: undefined });
    expect('description' in cleared.personas[1]!).toBe(false);
    expect('color' in cleared.personas[1]!).toBe(false);
    expect(updatePersonaFields(before, 'p-ben', { color: 'red' })).toBe(before);
    expect(updatePersonaFields(before, 'p-ben', { name: 'Ben' })).toBe(before);
    expect(updatePersonaFields(before, 'nobody', { name: 'X' })).toBe(before);
    expect(problems(named)).toEqual([]);
  });

  it('edits its goals, needs and expectations', () => {
    const before = sample();
    const added = changePersonaList(before, 'p-cy', { op: 'add-item', list: 'needs', text: 'Quiet ads' });
    expect(added.personas[2]!.needs).toEqual(['Quiet ads']);
    const set = changePersonaList(added, 'p-cy', { op: 'set-item', list: 'needs', index: 0, text: 'No ads' });
    expect(set.personas[2]!.needs).toEqual(['No ads']);
    expect(changePersonaList(set, 'p-cy', { op: 'set-item', list: 'needs', index: 0, text: 'No ads' })).toBe(set);
    expect(changePersonaList(set, 'p-cy', { op: 'remove-item', list: 'needs', index: 3 })).toBe(set);
    expect(changePersonaList(set, 'p-cy', { op: 'remove-item', list: 'needs', index: 0 }).personas[2]!.needs).toEqual(
      [],
    );
    expect(before.personas[2]!.needs).toEqual([]);
  });
});

describe('deleting and reordering', () => {
  it('deletes a persona with its ratings, and the next becomes primary', () => {
    const before = sample();
    expect(ratingCount(before, 'p-ana')).toBe(3);
    expect(ratingCount(before, 'p-cy')).toBe(0);
    const after = deletePersona(before, 'p-ana');
    expect(ids(after)).toEqual(['p-ben', 'p-cy']);
    expect(after.touchpoints.map((tp) => tp.emotions)).toEqual([{ 'p-ben': 1 }, { 'p-ben': -1 }, {}, { 'p-ben': -1 }]);
    expect(problems(after)).toEqual([]);
    expect(deletePersona(before, 'nobody')).toBe(before);
  });

  it('moves a persona, clamped to the list; index 0 makes it primary', () => {
    const before = sample();
    expect(ids(movePersona(before, 'p-cy', 0))).toEqual(['p-cy', 'p-ana', 'p-ben']);
    expect(ids(movePersona(before, 'p-ana', 1))).toEqual(['p-ben', 'p-ana', 'p-cy']);
    expect(ids(movePersona(before, 'p-ana', 99))).toEqual(['p-ben', 'p-cy', 'p-ana']);
    expect(movePersona(before, 'p-ana', -4)).toBe(before);
    expect(movePersona(before, 'nobody', 0)).toBe(before);
  });
});
