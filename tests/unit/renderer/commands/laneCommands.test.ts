/** The lane and step commands: one undo step each; deleting a lane with cards asks; refusals are notices. */
import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../../../helpers/testEditor';
import { sampleJourney } from '../../../helpers/editFixtures';

const tick = () => new Promise((r) => setTimeout(r, 0));
const laneNames = (editor: ReturnType<typeof createTestEditor>) => editor.journey.lanes.map((l) => l.name);

describe('lane commands', () => {
  it('add-lane asks for the kind and names the lane after it; move and rename; undo and redo', async () => {
    const editor = createTestEditor(sampleJourney());
    const adding = editor.run('add-lane');
    await tick();
    const request = editor.choices.store.getState().request!;
    expect(request.title).toBe('Add a lane');
    expect(request.options.map((o) => o.label)).toContain('Support processes');
    request.resolve('backstage');
    expect(await adding).toBe(true);
    expect(editor.journey.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Touchpoints', 'touchpoints'],
      ['Backstage', 'backstage'],
    ]);
    const back = editor.journey.lanes[1]!.id;
    await editor.run('move-lane', { laneId: back, by: -1 });
    expect(laneNames(editor)).toEqual(['Backstage', 'Touchpoints']);
    await editor.run('rename-lane', { laneId: back, name: 'K' });
    await editor.run('rename-lane', { laneId: back, name: 'Kitchen' });
    expect(laneNames(editor)).toEqual(['Kitchen', 'Touchpoints']);
    editor.undo();
    expect(laneNames(editor)).toEqual(['Backstage', 'Touchpoints']);
    editor.undo();
    expect(laneNames(editor)).toEqual(['Touchpoints', 'Backstage']);
    editor.redo();
    expect(laneNames(editor)).toEqual(['Backstage', 'Touchpoints']);
  });

  it('delete-lane with cards asks: move them, or delete them with their flows; undo brings all back', async () => {
    const editor = createTestEditor(sampleJourney());
    await editor.run('add-lane', { kind: 'frontstage' });
    await editor.run('add-lane', { kind: 'backstage' });
    const [, front, back] = editor.journey.lanes.map((l) => l.id);
    await editor.run('add-step', { stageId: 'stage-discover', laneId: front });
    await editor.run('add-step', { stageId: 'stage-discover', laneId: back });
    const [greet] = editor.journey.steps.map((s) => s.id);
    await editor.run('connect-touchpoints', { from: greet!, to: 'tp-a' });
    const before = editor.journey;

    const moving = editor.run('delete-lane', { laneId: front! });
    await tick();
    const ask = editor.choices.store.getState().request!;
    expect(ask.title).toBe('Delete the lane “Frontstage”?');
    expect(ask.options.map((o) => o.label)).toEqual(['Move them to “Backstage”', 'Delete the card too']);
    ask.resolve(ask.options[0]!.id);
    expect(await moving).toBe(true);
    expect(editor.journey.steps.map((s) => s.laneId)).toEqual([back, back]);

    const deleting = editor.run('delete-lane', { laneId: back! });
    await tick();
    editor.choices.store.getState().request!.resolve('delete');
    await deleting;
    expect(editor.journey.steps).toEqual([]);
    expect(editor.journey.connections).toEqual([]);
    editor.undo();
    editor.undo();
    expect(editor.journey).toEqual(before);
  });

  it('refuses, with a notice, to delete the last touchpoint lane or make it hold steps', async () => {
    const editor = createTestEditor(sampleJourney());
    expect(await editor.run('delete-lane', { laneId: 'lane-1' })).toBe(false);
    expect(editor.view.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      text: 'A journey needs one lane of touchpoints: “Touchpoints” is the last, so it stays.',
    });
    expect(await editor.run('set-lane-kind', { laneId: 'lane-1', kind: 'support' })).toBe(false);
    expect(editor.journey.lanes[0]!.kind).toBe('touchpoints');
  });

  it('add-step says what to do on a map without a lane for steps', async () => {
    const editor = createTestEditor(sampleJourney());
    expect(await editor.run('add-step')).toBe(false);
    expect(editor.view.getState().notices.at(-1)!.text).toMatch(/^Add a lane for steps first/);
  });
});
