import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../../../helpers/testEditor';

describe('add-touchpoint', () => {
  it('is disabled until a stage exists', async () => {
    const editor = createTestEditor();
    expect(await editor.run('add-touchpoint')).toBe(false);
    expect(editor.journey.touchpoints).toHaveLength(0);
  });

  it('adds to the selected card’s stage, below the last card, and selects it; undo and redo', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('add-stage');
    const [first] = editor.journey.stages;
    await editor.run('add-touchpoint');
    expect(editor.journey.touchpoints[0]!.stageId).toBe(editor.journey.stages[1]!.id);
    editor.select([]);
    const firstCardInFirstStage = editor.journey.touchpoints[0]!;
    editor.arrange((j) => ({ ...j, touchpoints: j.touchpoints.map((t) => ({ ...t, stageId: first!.id })) }));
    editor.select([firstCardInFirstStage.id]);
    await editor.run('add-touchpoint');
    const added = editor.journey.touchpoints[1]!;
    expect(added.stageId).toBe(first!.id);
    expect(added.position.y).toBeGreaterThan(firstCardInFirstStage.position.y);
    expect(editor.selection).toEqual([added.id]);
    editor.undo();
    expect(editor.journey.touchpoints).toHaveLength(1);
    editor.redo();
    expect(editor.journey.touchpoints).toHaveLength(2);
  });
});
