/** The editor's one door: every change applied by the dispatcher, observed by subscribers, with its source. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en';
import { zhCN } from '../../../../shared/i18n/zh-CN';
import { createJourney } from '../../../../shared/model';
import type { DocumentChangeEvent } from '../../../../renderer/editor/createEditor';
import { sampleJourney } from '../../../helpers/editFixtures';
import { createTestEditor } from '../../../helpers/testEditor';

const tick = () => new Promise((r) => setTimeout(r, 0));

function watched() {
  const editor = createTestEditor(sampleJourney());
  const events: DocumentChangeEvent[] = [];
  editor.editor.subscribe((event) => events.push(event));
  return { editor, events };
}

describe('the run log', () => {
  it('records each run with its source, including runs a command makes itself', async () => {
    const editor = createTestEditor();
    await editor.editor.runner('toolbar').run('add-stage');
    await editor.editor.runner('palette').runById('select-all');
    const run = editor.editor.runner('shortcut').run('new-document');
    await tick();
    editor.answer('save');
    await run;
    expect(editor.editor.runs.entries.map((r) => [r.id, r.source])).toEqual([
      ['add-stage', 'toolbar'],
      ['select-all', 'palette'],
      ['new-document', 'shortcut'],
      ['save-document', 'command'],
    ]);
  });

  it('records a run that turned out disabled as nothing: it never started', async () => {
    const editor = createTestEditor();
    expect(await editor.run('undo')).toBe(false);
    expect(editor.editor.runs.entries).toEqual([]);
  });
});

describe('document change events', () => {
  it('carry the command, its source, the journeys before and after, and how the change entered history', async () => {
    const { editor, events } = watched();
    const before = editor.journey;
    await editor.editor.runner('canvas').run('set-stage-field', { stageId: 'stage-buy', field: 'name', text: 'Pay' });
    expect(events).toEqual([
      {
        command: 'set-stage-field',
        source: 'canvas',
        before,
        after: editor.journey,
        history: { kind: 'merge', group: 'typing:name:stage-buy' },
      },
    ]);
    await editor.run('undo');
    expect(events[1]).toMatchObject({ command: 'undo', history: { kind: 'undo' }, after: before });
  });

  it('report a load as a reset of history, and say nothing about runs that change nothing', async () => {
    const { editor, events } = watched();
    await editor.run('select-all');
    await editor.run('set-stage-field', { stageId: 'stage-buy', field: 'name', text: 'Buy' });
    expect(events).toEqual([]);
    await editor.run('new-document');
    expect(events.map((e) => [e.command, e.history.kind])).toEqual([['new-document', 'reset']]);
  });
});

describe('applyRemote', () => {
  it('changes the document without a local undo step, keeps the selection, and tells subscribers', async () => {
    const { editor, events } = watched();
    editor.select(['tp-a']);
    await editor.run('add-stage');
    const remote = { ...editor.journey, title: 'Renamed elsewhere' };
    editor.editor.applyRemote(remote);
    expect(editor.journey).toBe(remote);
    expect(editor.selection).toEqual(['tp-a']);
    expect(editor.store.temporal.getState().pastStates).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ command: null, source: 'remote', after: remote, history: { kind: 'none' } });
  });
});

describe('commands that wait for the user', () => {
  it('run one at a time: a second file command while the first waits is refused', async () => {
    const editor = createTestEditor();
    await editor.run('add-stage');
    const first = editor.run('new-document');
    await tick();
    expect(await editor.run('open-document')).toBe(false);
    editor.answer('cancel');
    expect(await first).toBe(false);
    // Once the first has finished, the next one runs.
    const second = editor.run('new-document');
    await tick();
    editor.answer('discard');
    expect(await second).toBe(true);
    expect(editor.journey.stages).toEqual([]);
  });
});

describe('the command context', () => {
  it('is built once and translates in the language of the moment', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
      lng: 'en',
      showSupportNotice: false,
    });
    const editor = createTestEditor(createJourney({ title: 'x' }), { i18n });
    const context = editor.editor.commandContext;
    expect(context.t('app.untitled')).toBe('Untitled journey');
    await i18n.changeLanguage('zh-CN');
    expect(editor.editor.commandContext).toBe(context);
    expect(context.t('app.untitled')).toBe(zhCN.app.untitled);
    expect(context.language()).toBe('zh-CN');
  });
});
