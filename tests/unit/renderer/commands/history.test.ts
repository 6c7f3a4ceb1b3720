import { describe, expect, it, vi } from 'vitest';
import { HISTORY_LIMIT, MERGE_WINDOW_MS } from '../../../../renderer/store/documentStore';
import { createTestEditor } from '../../../helpers/testEditor';

describe('undo / redo', () => {
  it('are disabled with nothing to undo or redo', async () => {
    const editor = createTestEditor();
    expect(await editor.run('undo')).toBe(false);
    expect(await editor.run('redo')).toBe(false);
  });

  it('undo then redo through the dispatcher', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    expect(await editor.run('undo')).toBe(true);
    expect(editor.journey.stages).toHaveLength(0);
    expect(await editor.run('redo')).toBe(true);
    expect(editor.journey.stages).toHaveLength(1);
  });

  it('selection changes are not undo steps', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    editor.select(['x']);
    editor.select([]);
    expect(editor.store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('typing into one field merges into one step; a pause starts a new one', () => {
    vi.useFakeTimers();
    try {
      const editor = createTestEditor();
      const type = (text: string) => void editor.run('set-journey-field', { field: 'title', text });
      type('W');
      type('Wo');
      type('Wor');
      vi.advanceTimersByTime(MERGE_WINDOW_MS + 1);
      type('Word');
      expect(editor.store.temporal.getState().pastStates).toHaveLength(2);
      editor.undo();
      expect(editor.journey.title).toBe('Wor');
      editor.undo();
      expect(editor.journey.title).toBe('Test');
    } finally {
      vi.useRealTimers();
    }
  });

  it('history is bounded', async () => {
    const editor = createTestEditor();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) await editor.run('add-stage');
    expect(editor.store.temporal.getState().pastStates).toHaveLength(HISTORY_LIMIT);
  });
});
