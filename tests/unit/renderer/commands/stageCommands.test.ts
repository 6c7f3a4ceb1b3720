import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../../../helpers/testEditor';

async function threeStages() {
  const editor = createTestEditor();
  for (let i = 0; i < 3; i++) await editor.run('add-stage');
  return editor;
}
const names = (editor: Awaited<ReturnType<typeof threeStages>>) => editor.journey.stages.map((s) => s.name);

describe('move-stage-left / move-stage-right / reorder-stage', () => {
  it('moves the named stage; undo and redo', async () => {
    const editor = await threeStages();
    const third = editor.journey.stages[2]!.id;
    await editor.run('move-stage-left', { stageId: third });
    expect(names(editor)).toEqual(['Stage 1', 'Stage 3', 'Stage 2']);
    editor.undo();
    expect(names(editor)).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
    editor.redo();
    expect(names(editor)).toEqual(['Stage 1', 'Stage 3', 'Stage 2']);
  });

  it('acts on the active lane when no stage is named, and stops at the ends', async () => {
    const editor = await threeStages();
    editor.view.getState().set({ activeStageId: editor.journey.stages[0]!.id });
    await editor.run('move-stage-left');
    expect(names(editor)).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
    await editor.run('move-stage-right');
    expect(names(editor)).toEqual(['Stage 2', 'Stage 1', 'Stage 3']);
  });

  it('reorder-stage drops a lane at an index in one step', async () => {
    const editor = await threeStages();
    await editor.run('reorder-stage', { stageId: editor.journey.stages[0]!.id, toIndex: 2 });
    expect(names(editor)).toEqual(['Stage 2', 'Stage 3', 'Stage 1']);
    editor.undo();
    expect(names(editor)).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
  });
});

describe('recolor-stage', () => {
  it('sets and clears a lane colour; refuses a non-colour', async () => {
    const editor = await threeStages();
    const id = editor.journey.stages[1]!.id;
    await editor.run('recolor-stage', { stageId: id, color: '#fef3c7' });
    expect(editor.journey.stages[1]!.color).toBe('#fef3c7');
    await editor.run('recolor-stage', { stageId: id, color: 'red; background:url(x)' });
    expect(editor.journey.stages[1]!.color).toBe('#fef3c7');
    editor.undo();
    expect(editor.journey.stages[1]!.color).toBeUndefined();
    editor.redo();
    await editor.run('recolor-stage', { stageId: id, color: null });
    expect(editor.journey.stages[1]!.color).toBeUndefined();
  });
});

describe('delete-stage', () => {
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('deletes an empty stage without asking; undo restores it', async () => {
    const editor = await threeStages();
    await editor.run('delete-stage', { stageId: editor.journey.stages[1]!.id });
    expect(names(editor)).toEqual(['Stage 1', 'Stage 3']);
    editor.undo();
    expect(names(editor)).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
  });

  it('asks what to do with its touchpoints: move them to the previous stage', async () => {
    const editor = await threeStages();
    const [first, second] = editor.journey.stages;
    editor.view.getState().set({ activeStageId: second!.id });
    editor.select([]);
    await editor.run('add-touchpoint'); // into the last stage
    editor.arrange((j) => ({ ...j, touchpoints: j.touchpoints.map((t) => ({ ...t, stageId: second!.id })) }));
    const run = editor.run('delete-stage', { stageId: second!.id });
    await tick();
    const request = editor.choices.store.getState().request!;
    expect(request.title).toBe('Delete the stage “Stage 2”?');
    expect(request.options.map((o) => o.label)).toEqual(['Move them to “Stage 1”', 'Delete the touchpoint too']);
    request.resolve('move');
    await run;
    expect(editor.journey.touchpoints[0]!.stageId).toBe(first!.id);
    editor.undo();
    expect(editor.journey.touchpoints[0]!.stageId).toBe(second!.id);
  });

  it('or deletes them with their connections; Cancel changes nothing', async () => {
    const editor = await threeStages();
    await editor.run('add-touchpoint');
    const last = editor.journey.stages[2]!.id;
    const cancelled = editor.run('delete-stage', { stageId: last });
    await tick();
    editor.choices.store.getState().request!.resolve(null);
    await cancelled;
    expect(editor.journey.stages).toHaveLength(3);
    const run = editor.run('delete-stage', { stageId: last });
    await tick();
    editor.choices.store.getState().request!.resolve('delete');
    await run;
    expect(editor.journey.stages).toHaveLength(2);
    expect(editor.journey.touchpoints).toHaveLength(0);
    editor.undo();
    expect(editor.journey.touchpoints).toHaveLength(1);
    editor.redo();
    expect(editor.journey.touchpoints).toHaveLength(0);
  });
});
