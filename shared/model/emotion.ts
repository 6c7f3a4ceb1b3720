/**
 * Emotions per persona, in one place. Version 2 rates each touchpoint once per persona
 * (`emotions: { personaId: -2..2 }`); the first persona is the primary one. Code that shows or
 * edits "the" emotion of a card (the curve, the inspector, the report's stage averages, filters)
 * goes through these helpers, so per-persona views extend this module instead of every caller.
 */
import { EMOTION_MAX, EMOTION_MIN } from './catalogues';
import { MIGRATED_PERSONA_NAME } from './v2/migrate';
import type { Journey, Persona, Touchpoint } from './types';

/** The primary persona's id (personas[0]), or undefined for a journey without personas. */
export function primaryPersonaId(journey: Pick<Journey, 'personas'>): string | undefined {
  return journey.personas[0]?.id;
}

/** The rating `personaId` gave this touchpoint; undefined when unrated or when there is no persona. */
export function emotionOf(touchpoint: Pick<Touchpoint, 'emotions'>, personaId: string | undefined): number | undefined {
  if (personaId === undefined || !Object.hasOwn(touchpoint.emotions, personaId)) return undefined;
  return touchpoint.emotions[personaId];
}

/** The primary persona's rating of this touchpoint. */
export function primaryEmotionOf(
  journey: Pick<Journey, 'personas'>,
  touchpoint: Pick<Touchpoint, 'emotions'>,
): number | undefined {
  return emotionOf(touchpoint, primaryPersonaId(journey));
}

/** The emotions map with `personaId`'s rating set (or removed, for undefined); the rest kept in order. */
export function withEmotion(
  emotions: Touchpoint['emotions'],
  personaId: string,
  value: number | undefined,
): Touchpoint['emotions'] {
  const next: Touchpoint['emotions'] = {};
  let placed = false;
  for (const [id, rating] of Object.entries(emotions)) {
    if (id !== personaId) next[id] = rating;
    else if (value !== undefined) {
      next[id] = value;
      placed = true;
    }
  }
  if (!placed && value !== undefined) next[personaId] = value;
  return next;
}

/**
 * The id the primary persona gets when a journey without personas is first rated: the
 * migration's rule (`persona-1`, or the next free number when that id is taken).
 */
export function freePersonaId(usedIds: ReadonlySet<string>): string {
  let n = 1;
  while (usedIds.has(`persona-${n}`)) n++;
  return `persona-${n}`;
}

/** The persona a journey without personas gets when one of its touchpoints is first rated. */
export function defaultPrimaryPersona(usedIds: ReadonlySet<string>): Persona {
  return { id: freePersonaId(usedIds), name: MIGRATED_PERSONA_NAME, goals: [], needs: [], expectations: [] };
}

/** Every id a journey uses (stages, lanes, personas, cards and what they hold), for freePersonaId. */
export function idsOfJourney(journey: Journey): Set<string> {
  const ids = new Set<string>([journey.id]);
  for (const list of [journey.personas, journey.stages, journey.lanes, journey.steps, journey.connections])
    for (const item of list) ids.add(item.id);
  for (const channel of journey.channels ?? []) ids.add(channel.id);
  for (const tp of journey.touchpoints) {
    ids.add(tp.id);
    for (const list of [tp.painPoints, tp.opportunities, tp.metrics]) for (const item of list) ids.add(item.id);
  }
  return ids;
}

/**
 * Sets `personaId`'s rating of touchpoint `touchpointId` (the primary persona's when omitted):
 * a journey without personas first gets the primary persona "Customer" (clearing a rating never
 * creates one). A persona the journey does not have, or a value outside -2..2, changes nothing. Pure.
 */
export function setEmotion(
  journey: Journey,
  touchpointId: string,
  value: number | undefined,
  personaId?: string,
): Journey {
  if (value !== undefined && !(Number.isInteger(value) && value >= EMOTION_MIN && value <= EMOTION_MAX)) return journey;
  if (personaId !== undefined && !journey.personas.some((p) => p.id === personaId)) return journey;
  const target = journey.touchpoints.find((tp) => tp.id === touchpointId);
  if (!target) return journey;
  if (emotionOf(target, personaId ?? primaryPersonaId(journey)) === value) return journey;
  return personaId === undefined
    ? setPrimaryEmotion(journey, touchpointId, value)
    : rate(journey, touchpointId, personaId, value);
}

function rate(journey: Journey, touchpointId: string, personaId: string, value: number | undefined): Journey {
  return {
    ...journey,
    touchpoints: journey.touchpoints.map((tp) =>
      tp.id === touchpointId ? { ...tp, emotions: withEmotion(tp.emotions, personaId, value) } : tp,
    ),
  };
}

/**
 * Sets the primary persona's rating of touchpoint `touchpointId`: a journey without personas
 * first gets the primary persona "Customer" (clearing a rating never creates one). Pure.
 */
export function setPrimaryEmotion(journey: Journey, touchpointId: string, value: number | undefined): Journey {
  let personas = journey.personas;
  let personaId = primaryPersonaId(journey);
  if (personaId === undefined) {
    if (value === undefined) return journey;
    const persona = defaultPrimaryPersona(idsOfJourney(journey));
    personas = [persona];
    personaId = persona.id;
  }
  return rate({ ...journey, personas }, touchpointId, personaId, value);
}
