/**
 * Pure edits of a journey's personas by id: up to MAX_PERSONAS of them, the first the primary
 * one (its ratings are the cards' emotion, the stages' averages and the single curve). Every
 * edit that cannot apply (an unknown id, the ninth persona, a bad colour, nothing changing)
 * returns the journey it was given, so a command can tell there was nothing to do.
 */
import { freePersonaId, idsOfJourney } from '../model/emotion';
import { MAX_PERSONAS, personaSchemaV2 } from '../model/v2/schema';
import type { Journey, Persona } from '../model/types';
import type { PersonaListKey } from './personaEdits';

/** The persona's own texts and colour; an empty description or no colour leaves the file. */
export type PersonaFieldPatch = Partial<Pick<Persona, 'name' | 'description' | 'color'>>;

export function canAddPersona(journey: Pick<Journey, 'personas'>): boolean {
  return journey.personas.length < MAX_PERSONAS;
}

/**
 * The journey with a new persona at the end and that persona's id (`persona-N`, the migration's
 * rule, so ids read alike however a persona came to be), or null at the limit.
 */
export function appendPersona(
  journey: Journey,
  fields: Omit<Partial<Persona>, 'id'> = {},
): { journey: Journey; personaId: string } | null {
  if (!canAddPersona(journey)) return null;
  const id = freePersonaId(idsOfJourney(journey));
  const persona: Persona = { id, name: '', goals: [], needs: [], expectations: [], ...fields };
  return { journey: { ...journey, personas: [...journey.personas, persona] }, personaId: id };
}

function replacePersona(journey: Journey, personaId: string, change: (p: Persona) => Persona | null): Journey {
  const index = journey.personas.findIndex((p) => p.id === personaId);
  if (index < 0) return journey;
  const next = change(journey.personas[index]!);
  if (!next) return journey;
  const personas = [...journey.personas];
  personas[index] = next;
  return { ...journey, personas };
}

const colorSchema = personaSchemaV2.shape.color;

export function updatePersonaFields(journey: Journey, personaId: string, patch: PersonaFieldPatch): Journey {
  if (patch.color !== undefined && !colorSchema.safeParse(patch.color).success) return journey;
  return replacePersona(journey, personaId, (persona) => {
    const next: Persona = { ...persona };
    let changed = false;
    for (const key of ['name', 'description', 'color'] as const) {
      if (!(key in patch)) continue;
      const value = patch[key];
      if (key === 'name') {
        if (value === undefined || value === persona.name) continue;
        next.name = value;
      } else if (value === undefined || value === '') {
        if (persona[key] === undefined) continue;
        delete next[key];
      } else {
        if (persona[key] === value) continue;
        next[key] = value;
      }
      changed = true;
    }
    return changed ? next : null;
  });
}

export type PersonaListChange =
  | { op: 'add-item'; list: PersonaListKey; text?: string }
  | { op: 'set-item'; list: PersonaListKey; index: number; text: string }
  | { op: 'remove-item'; list: PersonaListKey; index: number };

export function changePersonaList(journey: Journey, personaId: string, change: PersonaListChange): Journey {
  return replacePersona(journey, personaId, (persona) => {
    const items = [...persona[change.list]];
    if (change.op === 'add-item') items.push(change.text ?? '');
    else if (change.index < 0 || change.index >= items.length) return null;
    else if (change.op === 'set-item') {
      if (items[change.index] === change.text) return null;
      items[change.index] = change.text;
    } else items.splice(change.index, 1);
    return { ...persona, [change.list]: items };
  });
}

/** How many touchpoints `personaId` rated: what deleting the persona takes with it. */
export function ratingCount(journey: Journey, personaId: string): number {
  return journey.touchpoints.filter((tp) => Object.hasOwn(tp.emotions, personaId)).length;
}

/** Removes the persona and its ratings; the next one becomes primary when the primary goes. */
export function deletePersona(journey: Journey, personaId: string): Journey {
  if (!journey.personas.some((p) => p.id === personaId)) return journey;
  return {
    ...journey,
    personas: journey.personas.filter((p) => p.id !== personaId),
    touchpoints: journey.touchpoints.map((tp) => {
      if (!Object.hasOwn(tp.emotions, personaId)) return tp;
      const emotions = { ...tp.emotions };
      delete emotions[personaId];
      return { ...tp, emotions };
    }),
  };
}

/** Moves the persona to `index` in the list (clamped); index 0 makes it the primary persona. */
export function movePersona(journey: Journey, personaId: string, index: number): Journey {
  const from = journey.personas.findIndex((p) => p.id === personaId);
  if (from < 0) return journey;
  const to = Math.max(0, Math.min(journey.personas.length - 1, Math.trunc(index)));
  if (to === from) return journey;
  const personas = [...journey.personas];
  const [persona] = personas.splice(from, 1);
  personas.splice(to, 0, persona!);
  return { ...journey, personas };
}
