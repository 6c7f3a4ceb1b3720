/** The persona commands: do, undo, redo; the ninth persona refused; deleting asks. */
import { describe, expect, it } from 'vitest';
import { MAX_PERSONAS } from '../../../../shared/model/v2';
import { createTestEditor } from '../../../helpers/testEditor';
import { personasBlueprint } from '../../report/fixtureJourneys';

const tick = () => new Promise((r) => setTimeout(r, 0));
const names = (editor: ReturnType<typeof createTestEditor>) => editor.journey.personas.map((p) => p.name);

describe('add-persona', () => {
  it('adds "Persona N" at the end; undo and redo', async () => {
    const editor = createTestEditor();
    expect(await editor.run('add-persona')).toBe(true);
    expect(await editor.run('add-persona')).toBe(true);
    expect(names(editor)).toEqual(['Persona 1', 'Persona 2']);
    editor.undo();
    expect(names(editor)).toEqual(['Persona 1']);
    editor.redo();
    expect(names(editor)).toEqual(['Persona 1', 'Persona 2']);
  });

  it('refuses the ninth with a notice naming the limit', async () => {
    const editor = createTestEditor();
    for (let i = 0; i < MAX_PERSONAS; i++) await editor.run('add-persona');
    expect(await editor.run('add-persona')).toBe(false);
    expect(editor.journey.personas).toHaveLength(MAX_PERSONAS);
    expect(editor.view.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      text: 'A journey has at most 8 personas. Delete one to add another.',
    });
  });
});

describe('editing personas', () => {
  it('merges typing in one field, and a drag through the colours, into one step each; the automatic colour is a step', async () => {
    const editor = createTestEditor(personasBlueprint());
    await editor.run('set-persona-fields', { personaId: 'p-ben', patch: { name: 'Be' } });
    await editor.run('set-persona-fields', { personaId: 'p-ben', patch: { name: 'Bea' } });
    await editor.run('set-persona-fields', { personaId: 'p-ben', patch: { color: '#123400' } });
    await editor.run('set-persona-fields', { personaId: 'p-ben', patch: { color: '#123456' } });
    expect(editor.journey.personas[1]).toMatchObject({ name: 'Bea', color: '#123456' });
    await editor.run('set-persona-fields', { personaId: 'p-ben', patch: { color: undefined } });
    expect(editor.journey.personas[1]!.color).toBeUndefined();
    editor.undo();
    expect(editor.journey.personas[1]!.color).toBe('#123456');
    editor.undo();
    expect(editor.journey.personas[1]!.color).toBeUndefined();
    editor.undo();
    expect(editor.journey.personas[1]!.name).toBe('Ben');
    expect(await editor.run('set-persona-fields', { personaId: 'p-ben', patch: { color: 'url(x)' } })).toBe(false);
  });

  it('edits a persona’s lists', async () => {
    const editor = createTestEditor(personasBlueprint());
    await editor.run('edit-persona-list', { personaId: 'p-cy', change: { op: 'add-item', list: 'goals' } });
    await editor.run('edit-persona-list', {
      personaId: 'p-cy',
      change: { op: 'set-item', list: 'goals', index: 0, text: 'Quiet' },
    });
    expect(editor.journey.personas[2]!.goals).toEqual(['Quiet']);
    editor.undo();
    expect(editor.journey.personas[2]!.goals).toEqual(['']);
  });

  it('moves a persona and makes it primary; undo', async () => {
    const editor = createTestEditor(personasBlueprint());
    await editor.run('move-persona', { personaId: 'p-cy', toIndex: 0 });
    expect(names(editor)).toEqual(['Cy', 'Ana', 'Ben']);
    editor.undo();
    expect(names(editor)).toEqual(['Ana', 'Ben', 'Cy']);
  });
});

describe('delete-persona', () => {
  it('asks, saying how many ratings go; deletes them with it; undo brings both back', async () => {
    const editor = createTestEditor(personasBlueprint());
    const run = editor.run('delete-persona', { personaId: 'p-ana' });
    await tick();
    const request = editor.choices.store.getState().request!;
    expect(request.title).toBe('Delete the persona Ana?');
    expect(request.body).toBe('Their ratings of 3 touchpoints are deleted too.');
    request.resolve('delete');
    expect(await run).toBe(true);
    expect(names(editor)).toEqual(['Ben', 'Cy']);
    expect(editor.journey.touchpoints.some((tp) => 'p-ana' in tp.emotions)).toBe(false);
    editor.undo();
    expect(names(editor)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(editor.journey.touchpoints.find((tp) => tp.id === 't-site')!.emotions).toEqual({ 'p-ana': -2 });
  });

  it('changes nothing when cancelled', async () => {
    const editor = createTestEditor(personasBlueprint());
    const run = editor.run('delete-persona', { personaId: 'p-cy' });
    await tick();
    expect(editor.choices.store.getState().request!.body).toBe('They have rated no touchpoint yet.');
    editor.choices.store.getState().request!.resolve(null);
    expect(await run).toBe(false);
    expect(names(editor)).toEqual(['Ana', 'Ben', 'Cy']);
  });
});
