/** What the editor creates is named in the UI language, from the catalogue (newItem.*). */
import { describe, expect, it } from 'vitest';
import { extractFragment } from '../../../../shared/edit/fragment';
import { initI18n } from '../../../../renderer/settings/i18n';
import { createTestEditor } from '../../../helpers/testEditor';

describe('names of new stages and cards', () => {
  it('follow the UI language', async () => {
    const editor = createTestEditor(undefined, { i18n: await initI18n('zh-CN') });
    await editor.run('add-stage');
    await editor.run('add-stage');
    await editor.run('add-touchpoint');
    expect(editor.journey.stages.map((s) => s.name)).toEqual(['阶段 1', '阶段 2']);
    expect(editor.journey.touchpoints.map((t) => t.title)).toEqual(['触点 1']);
  });

  it('name the stage made for pasted cards that have none', async () => {
    const source = createTestEditor(undefined, { i18n: await initI18n('zh-TW') });
    await source.run('add-stage');
    await source.run('add-touchpoint');
    const fragment = extractFragment(source.journey, new Set([source.journey.touchpoints[0]!.id]))!;
    const target = createTestEditor(undefined, { i18n: await initI18n('zh-TW') });
    // A hand-made or foreign fragment whose cards name no stage this journey has.
    expect(await target.run('paste', { text: JSON.stringify({ ...fragment, stages: [] }) })).toBe(true);
    expect(target.journey.stages.map((s) => s.name)).toEqual(['貼上的階段']);
  });
});
