/** Cells pasted onto the canvas: rows as cards in the open journey, through the paste of copied cards. */
import { describe, expect, it } from 'vitest';
import { pasteFragment } from '../../../shared/edit/fragment';
import { fragmentFromCells } from '../../../shared/import';
import { createJourney, createPersona, validateJourney, type Journey } from '../../../shared/model';
import { newItemIdV2 } from '../../../shared/model/v2';

function journey(): Journey {
  const j = createJourney({ title: 'Visit' });
  j.stages.push({ id: newItemIdV2('stage'), name: 'Arrive' }, { id: newItemIdV2('stage'), name: 'Leave' });
  j.personas.push(createPersona({ name: 'Maya' }));
  return j;
}

function paste(j: Journey, text: string, fallbackStageId?: string) {
  const cells = fragmentFromCells(j, text);
  if (!cells.ok) throw new Error(JSON.stringify(cells.problems));
  const result = pasteFragment(j, cells.fragment, {
    offset: { x: 0, y: 0 },
    ...(cells.useFallbackStage && fallbackStageId ? { fallbackStageId } : {}),
  });
  expect(validateJourney(result.journey).ok).toBe(true);
  return { ...result, cells };
}

describe('cells pasted onto the canvas', () => {
  it('without a header go to the paste stage, with the emotion for the primary persona', () => {
    const j = journey();
    const leave = j.stages[1]!.id;
    const { journey: next, pastedIds } = paste(j, 'Pay\tphone\tutility\t-1\nSay goodbye\tin-person\n', leave);
    expect(pastedIds).toHaveLength(2);
    const pasted = next.touchpoints.filter((t) => pastedIds.includes(t.id));
    expect(pasted.map((t) => [t.title, t.channel, t.stageId, t.emotions[j.personas[0]!.id]])).toEqual([
      ['Pay', 'phone', leave, -1],
      ['Say goodbye', 'in-person', leave, undefined],
    ]);
    expect(next.stages).toHaveLength(2);
  });

  it('with a stage column use the stages of that name and make the others; personas by name', () => {
    const j = journey();
    const {
      journey: next,
      pastedIds,
      cells,
    } = paste(j, 'Stage\tTouchpoint\tMaya\tLi\nArrive\tPark\t2\t1\nWait\tQueue\t-2\t\n');
    expect(next.stages.map((s) => s.name)).toEqual(['Arrive', 'Leave', 'Wait']);
    const pasted = next.touchpoints.filter((t) => pastedIds.includes(t.id));
    expect(
      pasted.map((t) => [t.title, next.stages.find((s) => s.id === t.stageId)!.name, Object.values(t.emotions)]),
    ).toEqual([
      ['Park', 'Arrive', [2]],
      ['Queue', 'Wait', [-2]],
    ]);
    expect(cells.ok && cells.unknownPersonas).toEqual(['Li']);
  });

  it('report bad cells by their pasted row', () => {
    const cells = fragmentFromCells(journey(), 'Call\tphone\tgold\n');
    expect(!cells.ok && cells.problems.map((p) => p.line)).toEqual([1]);
  });
});
