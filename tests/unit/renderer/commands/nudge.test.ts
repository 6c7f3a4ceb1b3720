import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../../../helpers/testEditor';

describe('nudge-*', () => {
  it('moves the selected cards by 8 px (40 with Shift); repeated nudges are one undo step', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('add-touchpoint');
    const start = editor.journey.touchpoints[0]!.position;
    await editor.run('nudge-right');
    await editor.run('nudge-right');
    await editor.run('nudge-down', { big: true });
    expect(editor.journey.touchpoints[0]!.position).toEqual({ x: start.x + 16, y: start.y + 40 });
    editor.undo();
    expect(editor.journey.touchpoints[0]!.position).toEqual(start);
    editor.redo();
    expect(editor.journey.touchpoints[0]!.position).toEqual({ x: start.x + 16, y: start.y + 40 });
  });

  it('never moves a card out of its lane to negative coordinates', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('add-touchpoint');
    for (let i = 0; i < 10; i++) await editor.run('nudge-left', { big: true });
    expect(editor.journey.touchpoints[0]!.position.x).toBe(0);
  });

  it('does nothing without a selection', async () => {
    const editor = createTestEditor();
    expect(await editor.run('nudge-up')).toBe(false);
  });
});
