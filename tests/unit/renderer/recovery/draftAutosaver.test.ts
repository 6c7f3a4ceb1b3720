import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJourney, loadJourneyText } from '../../../../shared/model';
import { isDirty } from '../../../../renderer/store/documentStore';
import { createTestEditor } from '../../../helpers/testEditor';

const INTERVAL = 5000;

function setup() {
  const errors: string[] = [];
  // The editor's own autosaver, as in the app.
  const editor = createTestEditor(createJourney({ title: 'Workshop' }), {
    autosave: { intervalMs: INTERVAL, onError: (m) => errors.push(m), newDraftId: () => 'window-1' },
  });
  const autosaver = editor.editor.autosaver!;
  /** An unsaved change, one undo step. */
  const edit = () => void editor.run('add-stage');
  return { editor, autosaver, errors, edit };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('recovery drafts', () => {
  it('writes a draft one interval after the first unsaved change, not before', async () => {
    const { editor, edit } = setup();
    edit();
    await vi.advanceTimersByTimeAsync(INTERVAL - 1);
    expect(editor.host.drafts.size).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    const draft = editor.host.drafts.get('window-1')!;
    expect(draft.title).toBe('Workshop');
    const loaded = loadJourneyText(draft.text);
    expect(loaded.ok && loaded.journey.stages).toHaveLength(1);
  });

  it('keeps writing while the user keeps editing (at most one interval of work at risk)', async () => {
    const { editor, edit } = setup();
    for (let i = 0; i < 8; i++) {
      edit();
      await vi.advanceTimersByTimeAsync(1000);
    }
    const loaded = loadJourneyText(editor.host.drafts.get('window-1')!.text);
    expect(loaded.ok && loaded.journey.stages.length).toBeGreaterThanOrEqual(5);
  });

  it('links the draft to the document’s file', async () => {
    const { editor, edit } = setup();
    await editor.open(createJourney({ title: 'Linked' }), { ref: 'r7', name: 'linked.journey' });
    edit();
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(editor.host.drafts.get('window-1')!.file).toEqual({ ref: 'r7', name: 'linked.journey' });
  });

  it('deletes the draft after a clean save, and when undo returns to the saved state', async () => {
    const { editor, edit } = setup();
    edit();
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(editor.host.drafts.size).toBe(1);
    await editor.run('save-document');
    await vi.advanceTimersByTimeAsync(0);
    expect(editor.host.drafts.size).toBe(0);
    edit();
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(editor.host.drafts.size).toBe(1);
    editor.undo();
    await vi.advanceTimersByTimeAsync(0);
    expect(isDirty(editor.store.getState())).toBe(false);
    expect(editor.host.drafts.size).toBe(0);
  });

  it('does not write a draft that was waiting when the document became clean', async () => {
    const { editor, edit } = setup();
    edit();
    editor.undo();
    await vi.advanceTimersByTimeAsync(INTERVAL * 2);
    expect(editor.host.drafts.size).toBe(0);
  });

  it('Don’t Save deletes it; flush writes a waiting draft at once', async () => {
    const { editor, edit, autosaver } = setup();
    edit();
    await autosaver.flush();
    expect(editor.host.drafts.size).toBe(1);
    await autosaver.discard();
    expect(editor.host.drafts.size).toBe(0);
  });

  it('reports a failing draft write once, not on every change', async () => {
    const { editor, edit, errors } = setup();
    editor.host.saveDraft = async () => {
      throw new Error('quota exceeded');
    };
    for (let i = 0; i < 3; i++) {
      edit();
      await vi.advanceTimersByTimeAsync(INTERVAL);
    }
    expect(errors).toEqual(['quota exceeded']);
  });

  it('a restored draft opens modified, linked to its file, and later writes replace that same draft', async () => {
    const { editor, edit } = setup();
    const restored = createJourney({ title: 'From the crash' });
    editor.host.restoreDraft = async (id) => ({
      status: 'restored',
      draftId: id,
      journey: restored,
      file: { ref: 'r9', name: 'crash.journey' },
    });
    editor.host.drafts.set('old-session', { id: 'old-session', text: '', title: '', file: null });
    expect(await editor.run('restore-draft', { draftId: 'old-session' })).toBe(true);
    expect(editor.journey).toBe(restored);
    expect(editor.store.getState().file).toEqual({ ref: 'r9', name: 'crash.journey' });
    expect(isDirty(editor.store.getState())).toBe(true);
    expect(editor.store.temporal.getState().pastStates).toHaveLength(0);
    edit();
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect([...editor.host.drafts.keys()]).toEqual(['old-session']);
    await editor.run('save-document');
    await vi.advanceTimersByTimeAsync(0);
    expect(editor.host.drafts.size).toBe(0);
  });
});
