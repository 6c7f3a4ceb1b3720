import { describe, expect, it } from 'vitest';
import { addConnection } from '../../../../shared/edit/journeyEdits';
import { createConnection } from '../../../../shared/model';
import { createTestEditor } from '../../../helpers/testEditor';

describe('delete-selection', () => {
  it('removes the selected cards and their connections in one step; undo restores both', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('add-touchpoint');
    await editor.run('add-touchpoint');
    const [a, b] = editor.journey.touchpoints;
    editor.arrange((j) => addConnection(j, createConnection(a!.id, b!.id)));
    editor.select([a!.id]);
    await editor.run('delete-selection');
    expect(editor.journey.touchpoints.map((t) => t.id)).toEqual([b!.id]);
    expect(editor.journey.connections).toHaveLength(0);
    expect(editor.selection).toEqual([]);
    editor.undo();
    expect(editor.journey.touchpoints).toHaveLength(2);
    expect(editor.journey.connections).toHaveLength(1);
    editor.redo();
    expect(editor.journey.touchpoints).toHaveLength(1);
  });

  it('does nothing without a selection', async () => {
    const editor = createTestEditor();
    expect(await editor.run('delete-selection')).toBe(false);
  });
});
