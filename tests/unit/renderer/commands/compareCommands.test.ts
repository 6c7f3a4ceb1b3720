/**
 * Compare mode's commands: Compare with… reads another version without opening it (on the
 * desktop, after asking which: another file, the file on disk, or the last save's backup),
 * a file that cannot be read changes nothing; Leave compare; Restore previous version compares
 * with the backup, and its Restore replaces the document as one undo step.
 */
import { describe, expect, it } from 'vitest';
import type { FileVersion, OpenResult } from '../../../../shared/host';
import { leaveCompareOnLoad } from '../../../../renderer/compare/leaveCompareOnLoad';
import { isDirty } from '../../../../renderer/store/documentStore';
import { createTestEditor } from '../../../helpers/testEditor';
import { edited, hotelStay } from '../../versions/hotelVersions';

const tick = () => new Promise((r) => setTimeout(r, 0));
const older = hotelStay();
const opened = (name: string, journey = older): OpenResult => ({
  status: 'opened',
  file: { ref: null, name },
  journey,
});

/** An editor on the newer hotel stay, opened from the file `hotel.journey` (ref r1). */
async function editorOnNewer(options: { desktop?: boolean } = {}) {
  const editor = createTestEditor();
  const read: { version: FileVersion; ref: string }[] = [];
  if (options.desktop) {
    editor.host.readFileVersion = async (ref, version) => {
      read.push({ ref, version });
      return opened(version === 'disk' ? 'hotel.journey' : 'hotel.journey.bak');
    };
  }
  await editor.open(
    edited((j) => (j.title = 'Hotel stay, after the workshop')),
    { ref: 'r1', name: 'hotel.journey' },
  );
  return { editor, read };
}

describe('compare-with', () => {
  it('reads another file without opening it, and shows what changed from it', async () => {
    const { editor } = await editorOnNewer();
    let openedInstead = false;
    editor.host.openFile = async () => ((openedInstead = true), { status: 'cancelled' });
    editor.host.readFileToCompare = async () => opened('workshop.journey');
    expect(await editor.run('compare-with')).toBe(true);
    expect(openedInstead).toBe(false);
    expect(editor.view.getState().compare).toEqual({ other: older, name: 'workshop.journey', source: 'file' });
    expect(editor.store.getState().file).toEqual({ ref: 'r1', name: 'hotel.journey' });
    expect(editor.journey.title).toBe('Hotel stay, after the workshop');
    expect(editor.view.getState().notices.at(-1)?.text).toBe('Comparing with workshop.journey');
  });

  it('uses the host’s open picker where it has no reader of its own, and changes nothing when cancelled', async () => {
    const { editor } = await editorOnNewer();
    editor.host.nextOpen = { status: 'cancelled' };
    expect(await editor.run('compare-with')).toBe(false);
    editor.host.nextOpen = opened('picked.journey');
    expect(await editor.run('compare-with')).toBe(true);
    expect(editor.view.getState().compare?.name).toBe('picked.journey');
  });

  it('shows why a file cannot be compared, and stays out of compare mode', async () => {
    const { editor } = await editorOnNewer();
    editor.host.nextOpen = {
      status: 'failed',
      fileName: 'bad.journey',
      problems: [{ path: 'version', message: 'newer' }],
    };
    const run = editor.run('compare-with');
    await tick();
    const dialog = editor.dialogs.store.getState().dialog;
    expect(dialog).toMatchObject({ kind: 'problems', title: 'Could not open bad.journey' });
    if (dialog?.kind === 'problems') dialog.resolve();
    expect(await run).toBe(false);
    expect(editor.view.getState().compare).toBeNull();
  });

  it('on the desktop asks which version: the file on disk or the backup are read by ref', async () => {
    const { editor, read } = await editorOnNewer({ desktop: true });
    for (const [answer, name] of [
      ['disk', 'hotel.journey'],
      ['backup', 'hotel.journey.bak'],
    ] as const) {
      const run = editor.run('compare-with');
      await tick();
      const request = editor.choices.store.getState().request!;
      expect(request.options.map((o) => o.label)).toEqual([
        'Another file…',
        'The file as it is on disk',
        'The backup of the last save',
      ]);
      request.resolve(answer);
      expect(await run).toBe(true);
      expect(editor.view.getState().compare).toMatchObject({ name, source: answer });
    }
    expect(read).toEqual([
      { ref: 'r1', version: 'disk' },
      { ref: 'r1', version: 'backup' },
    ]);
    const dismissed = editor.run('compare-with');
    await tick();
    editor.choices.store.getState().request!.resolve(null);
    expect(await dismissed).toBe(false);
  });
});

describe('leave-compare and show-compared-card', () => {
  it('leaves compare mode; is disabled outside it', async () => {
    const { editor } = await editorOnNewer();
    expect(await editor.run('leave-compare')).toBe(false);
    editor.host.nextOpen = opened('workshop.journey');
    await editor.run('compare-with');
    expect(await editor.run('leave-compare')).toBe(true);
    expect(editor.view.getState().compare).toBeNull();
  });

  it('is left when another document is loaded, and kept through edits and undo', async () => {
    const { editor } = await editorOnNewer();
    const uninstall = leaveCompareOnLoad(editor.editor);
    editor.host.nextOpen = opened('workshop.journey');
    await editor.run('compare-with');
    await editor.run('add-stage');
    editor.undo();
    expect(editor.view.getState().compare).not.toBeNull();
    await editor.open(older, { ref: 'r2', name: 'other.journey' });
    expect(editor.view.getState().compare).toBeNull();
    uninstall();
  });

  it('selects a card of the open map, and never a removed one', async () => {
    const { editor } = await editorOnNewer();
    await editor.run('show-compared-card', { id: 'tp-room' });
    expect(editor.selection).toEqual(['tp-room']);
    await editor.run('show-compared-card', { id: 'tp-gone' });
    expect(editor.selection).toEqual(['tp-room']);
  });
});

describe('restore-previous-version', () => {
  it('is there only where the host reads a saved file’s backup', async () => {
    const { editor } = await editorOnNewer();
    expect(await editor.run('restore-previous-version')).toBe(false);
  });

  it('compares with the backup first; Restore replaces the document as one undo step', async () => {
    const { editor, read } = await editorOnNewer({ desktop: true });
    expect(await editor.run('restore-compared-version')).toBe(false);
    expect(await editor.run('restore-previous-version')).toBe(true);
    expect(read).toEqual([{ ref: 'r1', version: 'backup' }]);
    expect(editor.view.getState().compare).toMatchObject({ name: 'hotel.journey.bak', source: 'backup' });
    expect(await editor.run('restore-compared-version')).toBe(true);
    expect(editor.journey).toEqual(older);
    expect(editor.view.getState().compare).toBeNull();
    expect(isDirty(editor.store.getState())).toBe(true);
    expect(editor.store.getState().file).toEqual({ ref: 'r1', name: 'hotel.journey' });
    editor.undo();
    expect(editor.journey.title).toBe('Hotel stay, after the workshop');
  });
});
