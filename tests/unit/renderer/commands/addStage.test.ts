import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../../../helpers/testEditor';

describe('add-stage', () => {
  it('adds a stage at the end; undo removes it; redo brings it back', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('add-stage');
    expect(editor.journey.stages.map((s) => s.name)).toEqual(['Stage 1', 'Stage 2']);
    editor.undo();
    expect(editor.journey.stages).toHaveLength(1);
    editor.redo();
    expect(editor.journey.stages.map((s) => s.name)).toEqual(['Stage 1', 'Stage 2']);
  });
});
