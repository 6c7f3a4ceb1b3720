/**
 * Pure edits of the journey's persona. Creating and removing the persona are explicit edits;
 * every other edit is refused (returns the input journey) when the journey has no persona.
 */
import { personaSchema } from '../model/schema';
import { fieldsOfSchema } from '../model/schemaWalk';
import type { Journey, Persona } from '../model/types';
import type { Patch } from './patch';

/** The persona's lists of texts ('goals' | 'needs' | 'expectations'), from its type and, at run time, its schema. */
export type PersonaListKey = {
  [K in keyof Persona]-?: Persona[K] extends readonly string[] ? K : never;
}[keyof Persona];
export const PERSONA_LISTS = fieldsOfSchema(personaSchema)
  .filter((f) => f.list)
  .map((f) => f.key) as readonly PersonaListKey[];

export function createPersona(fields: Partial<Persona> = {}): Persona {
  return { name: '', description: '', goals: [], needs: [], expectations: [], ...fields };
}

export function addPersona(journey: Journey, persona: Persona = createPersona()): Journey {
  return journey.persona ? journey : { ...journey, persona };
}

export function removePersona(journey: Journey): Journey {
  if (!journey.persona) return journey;
  const { persona: _removed, ...rest } = journey;
  return rest;
}

export function updatePersona(journey: Journey, patch: Omit<Patch<Persona>, PersonaListKey>): Journey {
  const persona = journey.persona;
  if (!persona) return journey;
  if (Object.entries(patch).every(([key, value]) => persona[key as keyof typeof patch] === value)) return journey;
  return { ...journey, persona: { ...persona, ...patch } };
}

function changeList(journey: Journey, list: PersonaListKey, change: (items: string[]) => string[] | null): Journey {
  const persona = journey.persona;
  if (!persona) return journey;
  const items = change([...persona[list]]);
  return items ? { ...journey, persona: { ...persona, [list]: items } } : journey;
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
