/**
 * Spreadsheet cells pasted onto the canvas as a clipboard fragment (shared/edit/fragment.ts), so
 * they paste like copied cards: one undo step, new ids, placed where they cover no card. Rows
 * become touchpoints (or steps, for a lane column naming a blueprint row) read as an imported
 * table's (paste.ts). A stage column puts a row in the open journey's stage of that name, else
 * in a new stage of that name; without one the rows go where a paste goes (the fallback stage).
 * Personas are matched by name; an "emotion" column is the journey's first persona's; ratings by
 * a persona the journey does not have are left out (the caller is told how many).
 */
import { FRAGMENT_KIND, type JourneyFragment } from '../edit/fragment';
import type { Journey } from '../model/types';
import { pastedCells } from './paste';
import { importTable } from './table';
import type { ImportOptions, ImportProblem } from './types';
import { wordKey } from './vocabulary';

export type CellsFragment =
  | {
      ok: true;
      fragment: JourneyFragment;
      /** True when the cells named no stage: the cards go to the paste's fallback stage. */
      useFallbackStage: boolean;
      /** Persona columns whose name no persona of the journey has: their ratings are left out. */
      unknownPersonas: string[];
    }
  | { ok: false; problems: ImportProblem[] };

export function fragmentFromCells(journey: Journey, text: string, options: ImportOptions = {}): CellsFragment {
  const cells = pastedCells(text);
  if (!cells.ok) return cells;
  const imported = importTable(cells.table, cells.mapping, options);
  if (!imported.ok) return imported;
  const source = imported.journey;
  const hasStageColumn = cells.mapping.some((m) => m.field === 'stage');

  const stageByName = new Map(journey.stages.map((s) => [s.name.trim(), s.id]));
  const stageIds = new Map<string, string>();
  for (const stage of source.stages) {
    const existing = hasStageColumn ? stageByName.get(stage.name.trim()) : undefined;
    if (existing) stageIds.set(stage.id, existing);
  }
  const personaByName = new Map(journey.personas.map((p) => [wordKey(p.name), p.id]));
  const emotionColumn = cells.mapping.some((m) => m.field === 'emotion');
  const personaIds = new Map<string, string>();
  const unknownPersonas: string[] = [];
  source.personas.forEach((persona, index) => {
    // The emotion column's persona (made first) stands for the journey's primary persona.
    const target = emotionColumn && index === 0 ? journey.personas[0]?.id : personaByName.get(wordKey(persona.name));
    if (target) personaIds.set(persona.id, target);
    else unknownPersonas.push(persona.name);
  });

  const restage = <T extends { stageId: string }>(card: T): T => ({
    ...card,
    stageId: stageIds.get(card.stageId) ?? card.stageId,
  });
  const fragment: JourneyFragment = {
    kind: FRAGMENT_KIND,
    version: 2,
    touchpoints: source.touchpoints.map((tp) =>
      restage({
        ...tp,
        emotions: Object.fromEntries(
          Object.entries(tp.emotions).flatMap(([id, value]) => {
            const target = personaIds.get(id);
            return target ? [[target, value]] : [];
          }),
        ),
      }),
    ),
    steps: source.steps.map(restage),
    connections: [],
    channels: source.channels ?? [],
    // Stages the journey has are named by their own id (the paste keeps them); the others are made, or
    // without a stage column replaced by the paste's fallback stage.
    stages: source.stages.map((s) => journey.stages.find((own) => own.id === stageIds.get(s.id)) ?? s),
    lanes: source.lanes,
  };
  return { ok: true, fragment, useFallbackStage: !hasStageColumn, unknownPersonas };
}
