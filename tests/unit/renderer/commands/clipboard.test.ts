import { describe, expect, it } from 'vitest';
import { addConnection } from '../../../../shared/edit/journeyEdits';
import { createConnection, validateJourney } from '../../../../shared/model';
import { createTestEditor } from '../../../helpers/testEditor';

async function twoConnectedCards() {
  const editor = createTestEditor();
  await editor.run('add-stage');
  await editor.run('add-touchpoint');
  await editor.run('add-touchpoint');
  const [a, b] = editor.journey.touchpoints;
  editor.arrange((j) => addConnection(j, createConnection(a!.id, b!.id, { label: 'next' })));
  editor.select([a!.id, b!.id]);
  return editor;
}

type Editor = ReturnType<typeof createTestEditor>;

/** What a copy or cut event would put on the system clipboard. */
async function clipboardText(editor: Editor, command: 'copy' | 'cut'): Promise<string | null> {
  let text: string | null = null;
  await editor.run(command, { write: (written) => (text = written) });
  return text;
}

/** A paste event carrying `text`; true when the cards were pasted. */
const pasteText = (editor: Editor, text: string | null) => editor.run('paste', { text });

describe('copy and paste', () => {
  it('pastes copies with new ids and their inner connection, selected, in one undo step', async () => {
    const editor = await twoConnectedCards();
    const text = (await clipboardText(editor, 'copy'))!;
    expect(JSON.parse(text).kind).toBe('journey-studio/fragment');
    expect(await pasteText(editor, text)).toBe(true);
    const { touchpoints, connections } = editor.journey;
    expect(touchpoints).toHaveLength(4);
    expect(new Set(touchpoints.map((t) => t.id)).size).toBe(4);
    expect(connections).toHaveLength(2);
    expect(connections[1]!.label).toBe('next');
    expect(editor.selection).toEqual([touchpoints[2]!.id, touchpoints[3]!.id]);
    expect(validateJourney(editor.journey).ok).toBe(true);
    editor.undo();
    expect(editor.journey.touchpoints).toHaveLength(2);
    editor.redo();
    expect(editor.journey.touchpoints).toHaveLength(4);
  });

  it('pastes into another document, recreating the stage it needs', async () => {
    const source = await twoConnectedCards();
    const text = (await clipboardText(source, 'copy'))!;
    const target = createTestEditor();
    expect(await pasteText(target, text)).toBe(true);
    expect(target.journey.stages.map((s) => s.name)).toEqual(['Stage 1']);
    expect(target.journey.touchpoints).toHaveLength(2);
    expect(validateJourney(target.journey).ok).toBe(true);
  });

  it('ignores clipboard text that is not a fragment, and hostile fragments', async () => {
    const editor = await twoConnectedCards();
    expect(await pasteText(editor, 'hello')).toBe(false);
    expect(
      await pasteText(
        editor,
        '{"kind":"journey-studio/fragment","version":1,"touchpoints":[{"id":"x","__proto__":{}}],"connections":[],"channels":[],"stages":[]}',
      ),
    ).toBe(false);
    expect(
      await pasteText(
        editor,
        '{"kind":"journey-studio/fragment","version":1,"touchpoints":[{"id":"x"}],"connections":[],"channels":[],"stages":[]}',
      ),
    ).toBe(false);
    expect(editor.journey.touchpoints).toHaveLength(2);
  });

  it('cut removes the cards and their connections; paste brings copies back', async () => {
    const editor = await twoConnectedCards();
    const text = await clipboardText(editor, 'cut');
    expect(editor.journey.touchpoints).toHaveLength(0);
    expect(editor.journey.connections).toHaveLength(0);
    await pasteText(editor, text);
    expect(editor.journey.touchpoints).toHaveLength(2);
    expect(editor.journey.connections).toHaveLength(1);
    editor.undo();
    editor.undo();
    expect(editor.journey.touchpoints).toHaveLength(2);
  });
});

describe('duplicate', () => {
  it('duplicates the selection beside itself; undo and redo', async () => {
    const editor = await twoConnectedCards();
    const original = editor.journey.touchpoints[0]!;
    await editor.run('duplicate');
    const copy = editor.journey.touchpoints[2]!;
    expect(copy.title).toBe(original.title);
    expect(copy.id).not.toBe(original.id);
    expect(copy.position.x).toBeGreaterThan(original.position.x);
    editor.undo();
    expect(editor.journey.touchpoints).toHaveLength(2);
    editor.redo();
    expect(editor.journey.touchpoints).toHaveLength(4);
  });
});
