import { afterEach, describe, expect, it, vi } from 'vitest';
import { addConnection } from '../../../../shared/edit/journeyEdits';
import { SIZES } from '../../../../shared/layout/tokens';
import { createConnection } from '../../../../shared/model';
import { ElkWorkerStandIn, FailingElkWorker } from '../../../helpers/elkWorkerStandIn';
import { createTestEditor } from '../../../helpers/testEditor';

describe('auto-layout', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lays out each stage along its flows without overlaps; one undo step', async () => {
    vi.stubGlobal('Worker', ElkWorkerStandIn);
    const editor = createTestEditor();
    await editor.run('add-stage');
    for (let i = 0; i < 4; i++) await editor.run('add-touchpoint');
    const [a, b, c, d] = editor.journey.touchpoints;
    // a → b, a → c (a branch), b → d, c → d (it rejoins); then scramble positions.
    for (const [from, to] of [
      [a, b],
      [a, c],
      [b, d],
      [c, d],
    ] as const)
      editor.arrange((j) => addConnection(j, createConnection(from!.id, to!.id)));
    editor.arrange((j) => ({ ...j, touchpoints: j.touchpoints.map((t) => ({ ...t, position: { x: 500, y: 500 } })) }));
    const before = editor.journey;
    await editor.run('auto-layout');
    const pos = new Map(editor.journey.touchpoints.map((t) => [t.id, t.position]));
    expect(pos.get(a!.id)!.y).toBeLessThan(pos.get(b!.id)!.y);
    expect(pos.get(b!.id)!.y).toBe(pos.get(c!.id)!.y); // the branch sits side by side
    expect(pos.get(b!.id)!.x).not.toBe(pos.get(c!.id)!.x);
    expect(pos.get(d!.id)!.y).toBeGreaterThan(pos.get(b!.id)!.y);
    const rects = [...pos.values()];
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const overlap =
          Math.abs(rects[i]!.x - rects[j]!.x) < SIZES.cardWidth &&
          Math.abs(rects[i]!.y - rects[j]!.y) < SIZES.cardHeight;
        expect(overlap).toBe(false);
      }
    editor.undo();
    expect(editor.journey).toBe(before);
  });

  it('says so when the layout engine cannot start, changes nothing, and starts afresh next time', async () => {
    vi.stubGlobal('Worker', FailingElkWorker);
    const editor = createTestEditor();
    await editor.run('add-stage');
    for (let i = 0; i < 2; i++) await editor.run('add-touchpoint');
    editor.arrange((j) => ({ ...j, touchpoints: j.touchpoints.map((t) => ({ ...t, position: { x: 500, y: 500 } })) }));
    const before = editor.journey;
    expect(await editor.run('auto-layout')).toBe(false);
    expect(editor.journey).toBe(before);
    expect(editor.view.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      text: 'Auto-layout could not run: the layout engine did not start. Reload the window and try again.',
    });
    vi.stubGlobal('Worker', ElkWorkerStandIn);
    expect(await editor.run('auto-layout')).toBe(true);
    expect(editor.journey).not.toBe(before);
  });
});
