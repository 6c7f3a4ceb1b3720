import { describe, expect, it } from 'vitest';
import { createJourney, loadJourneyText, serializeJourney } from '../../../../shared/model';
import { isDirty } from '../../../../renderer/store/documentStore';
import { createTestEditor } from '../../../helpers/testEditor';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('save-document / save-document-as', () => {
  it('asks for a location the first time, then saves in place; the document is clean after', async () => {
    const editor = createTestEditor(createJourney({ title: 'Shop visit' }));
    await editor.run('add-stage');
    expect(isDirty(editor.store.getState())).toBe(true);
    await editor.run('save-document');
    expect(editor.host.saved).toHaveLength(1);
    expect(editor.store.getState().file).toEqual({ ref: 'new', name: 'Shop-visit.journey' });
    expect(isDirty(editor.store.getState())).toBe(false);
    expect(loadJourneyText(editor.host.saved[0]!.text).ok).toBe(true);
    await editor.run('add-stage');
    await editor.run('save-document');
    expect(editor.host.saved[1]!.ref).toBe('new');
  });

  it('saving an unchanged document writes the same bytes it was opened from', async () => {
    const journey = createJourney({ title: 'Same' });
    const editor = createTestEditor();
    await editor.open(journey, { ref: 'r1', name: 'same.journey' });
    await editor.run('save-document');
    expect(editor.host.saved[0]!.text).toBe(serializeJourney(journey));
  });

  it('keeps edits made while a save was running', async () => {
    const editor = createTestEditor();
    let release!: () => void;
    editor.host.saveFileAs = (text, name) =>
      new Promise((resolve) => (release = () => resolve({ status: 'saved', file: { ref: 'x', name } })));
    await editor.run('add-stage');
    const saving = editor.run('save-document');
    await tick();
    await editor.run('add-stage');
    release();
    await saving;
    expect(editor.journey.stages).toHaveLength(2);
    expect(isDirty(editor.store.getState())).toBe(true);
  });

  it('a cancelled Save As changes nothing', async () => {
    const editor = createTestEditor();
    editor.host.nextSaveAs = { status: 'cancelled' };
    await editor.run('add-stage');
    await editor.run('save-document-as');
    expect(isDirty(editor.store.getState())).toBe(true);
    expect(editor.store.getState().file).toBeNull();
  });
});

describe('new-document and open-document', () => {
  it('New on a clean document replaces it without asking and clears history', async () => {
    const editor = createTestEditor();
    await editor.run('new-document');
    expect(editor.dialogs.store.getState().dialog).toBeNull();
    expect(editor.store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('New with unsaved changes asks; Cancel keeps the document, Don’t Save replaces it', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    const first = editor.run('new-document');
    await tick();
    editor.answer('cancel');
    await first;
    expect(editor.journey.stages).toHaveLength(1);
    const second = editor.run('new-document');
    await tick();
    editor.answer('discard');
    await second;
    expect(editor.journey.stages).toHaveLength(0);
  });

  it('New with unsaved changes and Save saves first', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    const run = editor.run('new-document');
    await tick();
    editor.answer('save');
    await run;
    expect(editor.host.saved).toHaveLength(1);
    expect(editor.journey.stages).toHaveLength(0);
  });

  it('Open loads the file as a clean document with no undo history', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    await editor.run('save-document');
    const opened = createJourney({ title: 'Opened' });
    editor.host.nextOpen = { status: 'opened', file: { ref: 'r', name: 'o.journey' }, journey: opened };
    await editor.run('open-document');
    expect(editor.journey).toBe(opened);
    expect(isDirty(editor.store.getState())).toBe(false);
    expect(editor.store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('a failed Open shows the problems and leaves the document untouched', async () => {
    const editor = createTestEditor();
    const before = editor.journey;
    editor.host.nextOpen = {
      status: 'failed',
      fileName: 'bad.journey',
      problems: [{ path: 'version', message: 'newer' }],
    };
    const run = editor.run('open-document');
    await tick();
    const dialog = editor.dialogs.store.getState().dialog;
    expect(dialog).toMatchObject({
      kind: 'problems',
      title: 'Could not open bad.journey',
      problems: [{ path: 'version' }],
    });
    if (dialog?.kind === 'problems') dialog.resolve();
    await run;
    expect(editor.journey).toBe(before);
  });
});

describe('saving over a file that changed on disk', () => {
  async function dirtyFileEditor() {
    const editor = createTestEditor();
    await editor.open(createJourney({ title: 'Mine' }), { ref: 'r1', name: 'map.journey' });
    await editor.run('add-stage');
    editor.host.nextSave = { status: 'conflict', fileName: 'map.journey' };
    const run = editor.run('save-document');
    await tick();
    const dialog = editor.dialogs.store.getState().dialog;
    if (dialog?.kind !== 'conflict') throw new Error('expected the conflict dialog');
    expect(dialog.fileName).toBe('map.journey');
    return { editor, run, answer: dialog.resolve };
  }

  it('Overwrite saves over it and the document is clean', async () => {
    const { editor, run, answer } = await dirtyFileEditor();
    answer('overwrite');
    await run;
    expect(editor.host.saved).toMatchObject([{ ref: 'r1' }]);
    expect(isDirty(editor.store.getState())).toBe(false);
  });

  it('Save As… saves a copy elsewhere and leaves the changed file alone', async () => {
    const { editor, run, answer } = await dirtyFileEditor();
    answer('save-as');
    await run;
    expect(editor.host.saved).toMatchObject([{ ref: 'new' }]);
    expect(editor.store.getState().file?.ref).toBe('new');
  });

  it('Reload from disk replaces the document with the version on disk', async () => {
    const { editor, run, answer } = await dirtyFileEditor();
    const onDisk = createJourney({ title: 'Theirs' });
    editor.host.refOpen = { status: 'opened', file: { ref: 'r1', name: 'map.journey' }, journey: onDisk };
    answer('reload');
    await run;
    expect(editor.journey).toBe(onDisk);
    expect(editor.host.saved).toEqual([]);
    expect(isDirty(editor.store.getState())).toBe(false);
  });

  it('Cancel saves nothing and keeps the changes', async () => {
    const { editor, run, answer } = await dirtyFileEditor();
    answer('cancel');
    await run;
    expect(editor.host.saved).toEqual([]);
    expect(isDirty(editor.store.getState())).toBe(true);
  });
});

describe('close-document and the unsaved-changes question', () => {
  it('asks, and on Don’t Save shows the start screen with an empty document', async () => {
    const editor = createTestEditor();
    const startVisible = () => editor.view.getState().startVisible;
    await editor.run('add-stage');
    expect(startVisible()).toBe(false);
    const run = editor.run('close-document');
    await tick();
    editor.answer('discard');
    await run;
    expect(startVisible()).toBe(true);
    expect(editor.journey.stages).toHaveLength(0);
    expect(editor.store.getState().file).toBeNull();
  });

  it('uses the host’s native prompt where there is one, with translated words', async () => {
    const editor = createTestEditor();
    const prompts: unknown[] = [];
    editor.host.askSaveChanges = async (prompt) => (prompts.push(prompt), 'cancel');
    await editor.run('add-stage');
    await editor.run('close-document');
    expect(prompts).toEqual([
      {
        message: 'Save changes to “Test”?',
        detail: 'Your changes will be lost if you don’t save them.',
        save: 'Save',
        dontSave: 'Don’t Save',
        cancel: 'Cancel',
      },
    ]);
    expect(editor.dialogs.store.getState().dialog).toBeNull();
    expect(editor.journey.stages).toHaveLength(1);
  });

  it('a second question waits for the first instead of replacing it', async () => {
    const editor = createTestEditor();
    const first = editor.dialogs.askSaveChanges('one');
    const second = editor.dialogs.showProblems('Problem', 'intro', []);
    expect(editor.dialogs.store.getState().dialog).toMatchObject({ kind: 'save-changes' });
    editor.answer('cancel');
    expect(await first).toBe('cancel');
    const next = editor.dialogs.store.getState().dialog;
    expect(next).toMatchObject({ kind: 'problems', title: 'Problem' });
    if (next?.kind === 'problems') next.resolve();
    await second;
    expect(editor.dialogs.store.getState().dialog).toBeNull();
  });

  it('a dropped file that cannot be opened leaves the document untouched', async () => {
    const editor = createTestEditor();
    const before = editor.journey;
    editor.host.nextOpen = { status: 'failed', fileName: 'big.journey', problems: [{ path: '', message: 'too big' }] };
    const run = editor.run('open-file', { kind: 'dropped', file: { name: 'big.journey', size: 1 } });
    await tick();
    expect(editor.dialogs.store.getState().dialog).toMatchObject({
      kind: 'problems',
      title: 'Could not open big.journey',
    });
    const dialog = editor.dialogs.store.getState().dialog;
    if (dialog?.kind === 'problems') dialog.resolve();
    expect(await run).toBe(false);
    expect(editor.journey).toBe(before);
  });
});
