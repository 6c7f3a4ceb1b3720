/** The bands' toggles: view state only (no undo step, the document untouched), remembered in the settings. */
import { describe, expect, it, vi } from 'vitest';
import { createTestEditor } from '../../../helpers/testEditor';

describe('toggle-pain-band / toggle-opportunity-band', () => {
  it('show and hide each band, never as an undo step, and tell the settings', async () => {
    const editor = createTestEditor();
    const remembered = vi.spyOn(editor.host, 'setSettings');
    const before = editor.journey;
    await editor.run('toggle-pain-band');
    expect(editor.view.getState()).toMatchObject({ painBand: true, opportunityBand: false });
    expect(remembered).toHaveBeenLastCalledWith({ painPointsBand: true, opportunitiesBand: false });
    await editor.run('toggle-opportunity-band');
    await editor.run('toggle-pain-band');
    expect(editor.view.getState()).toMatchObject({ painBand: false, opportunityBand: true });
    expect(remembered).toHaveBeenLastCalledWith({ painPointsBand: false, opportunitiesBand: true });
    expect(editor.journey).toBe(before);
    expect(editor.store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keep the choice on screen when the settings cannot be written', async () => {
    const editor = createTestEditor();
    vi.spyOn(editor.host, 'setSettings').mockRejectedValue(new Error('disk full'));
    await editor.run('toggle-pain-band');
    expect(editor.view.getState().painBand).toBe(true);
  });
});
