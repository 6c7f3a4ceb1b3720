import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../../../helpers/testEditor';

describe('select-all', () => {
  it('selects every touchpoint and is not an undo step', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('add-touchpoint');
    await editor.run('add-touchpoint');
    const steps = editor.store.temporal.getState().pastStates.length;
    await editor.run('select-all');
    expect(editor.selection).toEqual(editor.journey.touchpoints.map((t) => t.id));
    expect(editor.store.temporal.getState().pastStates).toHaveLength(steps);
  });
});
