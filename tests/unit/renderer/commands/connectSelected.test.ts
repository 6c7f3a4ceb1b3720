import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../../../helpers/testEditor';

describe('connect-selected', () => {
  it('draws a flow from the earlier of two selected cards (journey order) to the later, once; undo and redo', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('add-touchpoint');
    await editor.run('add-touchpoint');
    const [first, second] = editor.journey.touchpoints;
    editor.select([second!.id, first!.id]);
    expect(await editor.run('connect-selected')).toBe(true);
    expect(editor.journey.connections.map((c) => [c.from, c.to])).toEqual([[first!.id, second!.id]]);
    expect(editor.selection).toEqual([editor.journey.connections[0]!.id]);
    editor.select([first!.id, second!.id]);
    expect(await editor.run('connect-selected')).toBe(false);
    editor.undo();
    expect(editor.journey.connections).toHaveLength(0);
    editor.redo();
    expect(editor.journey.connections).toHaveLength(1);
  });

  it('needs exactly two selected cards', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('add-touchpoint');
    editor.select([editor.journey.touchpoints[0]!.id]);
    expect(await editor.run('connect-selected')).toBe(false);
  });
});

describe('remove-connection', () => {
  it('removes one flow and keeps its cards; undo brings it back', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('add-touchpoint');
    await editor.run('add-touchpoint');
    editor.select(editor.journey.touchpoints.map((t) => t.id));
    await editor.run('connect-selected');
    const [flow] = editor.journey.connections;
    expect(await editor.run('remove-connection', { connectionId: flow!.id })).toBe(true);
    expect(editor.journey.connections).toHaveLength(0);
    expect(editor.journey.touchpoints).toHaveLength(2);
    expect(await editor.run('remove-connection', { connectionId: flow!.id })).toBe(false);
    editor.undo();
    expect(editor.journey.connections).toHaveLength(1);
  });
});
