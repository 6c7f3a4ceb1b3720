/**
 * The report's per-persona figures (docs/cli.md "The report contract", `personas`): for each
 * persona in the file's order, the mean of its ratings over the whole journey and per stage, and
 * the touchpoint it rated lowest. Pure; the touchpoints come in journey order, which breaks ties.
 */
import type { JourneyV2, TouchpointV2 } from '../model/v2/types';

export interface PersonaFigures {
  id: string;
  name: string;
  /** Mean of this persona's ratings; null when it rated nothing. */
  averageEmotion: number | null;
  /** The touchpoint this persona rated lowest, the first in journey order on a tie; null when none. */
  lowestTouchpointId: string | null;
  /** Every stage's mean of this persona's ratings there, null where it rated nothing. */
  stages: Record<string, number | null>;
}

/** An object without a prototype, so ids such as "__proto__" are plain keys. */
function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** The rating `personaId` gave `touchpoint`, or undefined (an own key only: ids like "toString" are safe). */
export function ratingOf(touchpoint: TouchpointV2, personaId: string): number | undefined {
  return Object.hasOwn(touchpoint.emotions, personaId) ? touchpoint.emotions[personaId] : undefined;
}

/** Mean rating of one persona over `touchpoints`; null when it rated none of them. */
export function averageRating(touchpoints: readonly TouchpointV2[], personaId: string): number | null {
  return mean(touchpoints.flatMap((tp) => rated(tp, personaId)));
}

function rated(tp: TouchpointV2, personaId: string): number[] {
  const value = ratingOf(tp, personaId);
  return value === undefined ? [] : [value];
}

export function personaFigures(journey: JourneyV2, ordered: readonly TouchpointV2[]): PersonaFigures[] {
  return journey.personas.map((persona) => {
    let lowest: { id: string; value: number } | null = null;
    for (const tp of ordered) {
      const value = ratingOf(tp, persona.id);
      // Strictly lower only, so the first in journey order wins a tie.
      if (value !== undefined && (lowest === null || value < lowest.value)) lowest = { id: tp.id, value };
    }
    const stages = dictionary<number | null>();
    for (const stage of journey.stages) {
      stages[stage.id] = averageRating(
        ordered.filter((tp) => tp.stageId === stage.id),
        persona.id,
      );
    }
    return {
      id: persona.id,
      name: persona.name,
      averageEmotion: averageRating(ordered, persona.id),
      lowestTouchpointId: lowest?.id ?? null,
      stages,
    };
  });
}
