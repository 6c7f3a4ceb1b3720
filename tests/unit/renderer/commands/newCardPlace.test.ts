import { describe, expect, it } from 'vitest';
import { cardAfterRemoval } from '../../../../renderer/commands/deleteSelection';
import { cardsOverlap } from '../../../../shared/layout/freePlace';
import { createTestEditor } from '../../../helpers/testEditor';

describe('where new cards go', () => {
  it('Add touchpoint goes to the stage under the pointer, else the selected card’s, else the lane last clicked', async () => {
    const editor = createTestEditor();
    for (let i = 0; i < 3; i++) await editor.run('add-stage');
    const [a, b, c] = editor.journey.stages;
    editor.view.getState().set({ activeStageId: a!.id });
    await editor.run('add-touchpoint');
    expect(editor.journey.touchpoints.at(-1)!.stageId).toBe(a!.id);
    editor.view.getState().set({ hoveredStageId: c!.id });
    await editor.run('add-touchpoint');
    expect(editor.journey.touchpoints.at(-1)!.stageId).toBe(c!.id);
    editor.view.getState().set({ hoveredStageId: null, activeStageId: b!.id });
    editor.select([]);
    await editor.run('add-touchpoint');
    expect(editor.journey.touchpoints.at(-1)!.stageId).toBe(b!.id);
    // The new card's title opens for typing.
    expect(editor.view.getState().editingTitleId).toBe(editor.journey.touchpoints.at(-1)!.id);
  });

  it('a card added at a point shifts off a card already there', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    const stageId = editor.journey.stages[0]!.id;
    await editor.run('add-touchpoint', { stageId, at: { x: 24, y: 24 } });
    await editor.run('add-touchpoint', { stageId, at: { x: 40, y: 40 } });
    const [first, second] = editor.journey.touchpoints;
    expect(first!.position).toEqual({ x: 24, y: 24 });
    expect(cardsOverlap(first!.position, second!.position)).toBe(false);
  });

  it('duplicates land beside their originals, covering no card', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('add-touchpoint');
    await editor.run('add-touchpoint');
    editor.select(editor.journey.touchpoints.map((t) => t.id));
    await editor.run('duplicate');
    const positions = editor.journey.touchpoints.map((t) => t.position);
    expect(positions).toHaveLength(4);
    for (let i = 0; i < positions.length; i++)
      for (let j = i + 1; j < positions.length; j++) expect(cardsOverlap(positions[i]!, positions[j]!)).toBe(false);
  });

  it('after a delete the focus goes to the next card in journey order, else the one before', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    for (let i = 0; i < 3; i++) await editor.run('add-touchpoint');
    const [x, y, z] = editor.journey.touchpoints;
    expect(cardAfterRemoval(editor.journey, new Set([y!.id]))).toBe(z!.id);
    expect(cardAfterRemoval(editor.journey, new Set([z!.id]))).toBe(y!.id);
    expect(cardAfterRemoval(editor.journey, new Set([x!.id, y!.id, z!.id]))).toBeNull();
  });
});
