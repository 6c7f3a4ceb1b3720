/**
 * Pure edits of the journey's primary persona (personas[0], version 1's one persona). Creating
 * and removing it are explicit edits; every other edit is refused (returns the input journey)
 * when the journey has no persona.
 */
import { freePersonaId, idsOfJourney } from '../model/emotion';
import { personaSchemaV2 } from '../model/v2/schema';
import { walkV2 } from '../model/v2/walk';
import type { Journey, Persona } from '../model/types';
import type { Patch } from './patch';

/** The persona's lists of texts ('goals' | 'needs' | 'expectations'), from its type and, at run time, its schema. */
export type PersonaListKey = {
  [K in keyof Persona]-?: Persona[K] extends readonly string[] ? K : never;
}[keyof Persona];
export const PERSONA_LISTS = walkV2
  .fieldsOfSchema(personaSchemaV2)
  .filter((f) => f.list)
  .map((f) => f.key) as readonly PersonaListKey[];

/** A persona with empty texts; its id is given when it is added (`persona-N`, the migration's rule). */
export function createPersona(fields: Partial<Persona> = {}): Omit<Persona, 'id'> & { id?: string } {
  return { name: '', description: '', goals: [], needs: [], expectations: [], ...fields };
}

/** Adds the primary persona to a journey that has none. */
export function addPersona(
  journey: Journey,
  persona: Omit<Persona, 'id'> & { id?: string } = createPersona(),
): Journey {
  if (journey.personas.length > 0) return journey;
  const id = persona.id ?? freePersonaId(idsOfJourney(journey));
  return { ...journey, personas: [{ ...persona, id }] };
}

/** Removes the primary persona and its ratings (the next persona, if any, becomes the primary one). */
export function removePersona(journey: Journey): Journey {
  const persona = journey.personas[0];
  if (!persona) return journey;
  return {
    ...journey,
    personas: journey.personas.slice(1),
    touchpoints: journey.touchpoints.map((tp) => {
      if (!Object.hasOwn(tp.emotions, persona.id)) return tp;
      const { [persona.id]: _removed, ...emotions } = tp.emotions;
      return { ...tp, emotions };
    }),
  };
}

const withPrimary = (journey: Journey, persona: Persona): Journey => ({
  ...journey,
  personas: [persona, ...journey.personas.slice(1)],
});

export function updatePersona(journey: Journey, patch: Omit<Patch<Persona>, PersonaListKey | 'id'>): Journey {
  const persona = journey.personas[0];
  if (!persona) return journey;
  if (Object.entries(patch).every(([key, value]) => persona[key as keyof typeof patch] === value)) return journey;
  return withPrimary(journey, { ...persona, ...patch });
}

function changeList(journey: Journey, list: PersonaListKey, change: (items: string[]) => string[] | null): Journey {
  const persona = journey.personas[0];
  if (!persona) return journey;
  const items = change([...persona[list]]);
  return items ? withPrimary(journey, { ...persona, [list]: items }) : journey;
}

/** Inserts `text` at `index` (default: the end). */
export function addPersonaItem(journey: Journey, list: PersonaListKey, text = '', index?: number): Journey {
  return changeList(journey, list, (items) => {
    const at = index ?? items.length;
    if (at < 0 || at > items.length) return null;
    items.splice(at, 0, text);
    return items;
  });
}

export function updatePersonaItem(journey: Journey, list: PersonaListKey, index: number, text: string): Journey {
  return changeList(journey, list, (items) => {
    if (index < 0 || index >= items.length || items[index] === text) return null;
    items[index] = text;
    return items;
  });
}

export function removePersonaItem(journey: Journey, list: PersonaListKey, index: number): Journey {
  return changeList(journey, list, (items) => {
    if (index < 0 || index >= items.length) return null;
    items.splice(index, 1);
    return items;
  });
}
