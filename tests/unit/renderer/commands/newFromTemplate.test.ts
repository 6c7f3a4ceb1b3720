import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../../../shared/templates';
import { applyLanguageSetting, initI18n } from '../../../../renderer/settings/i18n';
import { isDirty } from '../../../../renderer/store/documentStore';
import { createTestEditor } from '../../../helpers/testEditor';

const tick = () => new Promise((r) => setTimeout(r, 0));

type Editor = ReturnType<typeof createTestEditor>;

function pick(editor: Editor, templateId: string | null) {
  const dialog = editor.dialogs.store.getState().dialog;
  if (dialog?.kind !== 'new-from-template') throw new Error('the template picker is not open');
  dialog.resolve(templateId);
}

describe('new-from-template', () => {
  it('loads the chosen template as a new, unsaved, clean document with no undo history', async () => {
    const editor = createTestEditor();
    const run = editor.run('new-from-template');
    await tick();
    pick(editor, 'restaurant');
    await run;
    const expected = findTemplate('restaurant')!.build({ lang: 'en' });
    expect(editor.journey.title).toBe(expected.title);
    expect(editor.journey.touchpoints).toHaveLength(expected.touchpoints.length);
    expect(editor.store.getState().file).toBeNull();
    expect(isDirty(editor.store.getState())).toBe(false);
    expect(editor.store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('leaves the document alone when the picker is cancelled', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    const before = editor.journey;
    const run = editor.run('new-from-template');
    await tick();
    pick(editor, null);
    await run;
    expect(editor.journey).toBe(before);
  });

  it('asks Save / Don’t Save / Cancel about unsaved changes first', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    let run = editor.run('new-from-template');
    await tick();
    pick(editor, 'online-retail');
    await tick();
    editor.answer('cancel');
    await run;
    expect(editor.journey.stages).toHaveLength(1);

    run = editor.run('new-from-template');
    await tick();
    pick(editor, 'online-retail');
    await tick();
    editor.answer('discard');
    await run;
    expect(editor.journey.title).toBe(findTemplate('online-retail')!.build().title);
  });

  it('builds the journey in the UI language', async () => {
    // The window's i18next, as the app's editor has it: the language follows Settings.
    const editor = createTestEditor(undefined, { i18n: await initI18n('zh-TW') });
    expect(await editor.run('start-from-template', { templateId: 'dental-practice' })).toBe(true);
    expect(editor.journey.title).toBe(findTemplate('dental-practice')!.build({ lang: 'zh-TW' }).title);
    await applyLanguageSetting('en');
    expect(await editor.run('start-from-template', { templateId: 'blank' })).toBe(true);
    expect(editor.journey.title).toBe('Untitled journey');
  });
});
