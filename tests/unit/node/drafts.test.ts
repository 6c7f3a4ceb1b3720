import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJourney, serializeJourney } from '../../../shared/model';
import { DraftStore } from '../../../electron/node/drafts';

const draftsDir = () => join(mkdtempSync(join(tmpdir(), 'js-drafts-')), 'drafts');
const text = serializeJourney(createJourney({ title: 'Workshop map' }));
const draft = (id: string) => ({ id, text, title: 'Workshop map', fileName: null, path: null, stamp: null });

describe('DraftStore', () => {
  it('writes a draft into its own folder and deletes it again', async () => {
    const dir = draftsDir();
    const store = new DraftStore(dir);
    await store.write(draft('session-1'));
    expect(readdirSync(dir)).toEqual(['session-1.draft.json']);
    expect((await store.read('session-1'))?.text).toBe(text);
    await store.delete('session-1');
    expect(readdirSync(dir)).toEqual([]);
    await expect(store.delete('session-1')).resolves.toBeUndefined();
  });

  it('overwrites the same draft on every write, atomically (no temp files left)', async () => {
    const dir = draftsDir();
    const store = new DraftStore(dir);
    await store.write(draft('a'));
    await store.write({ ...draft('a'), title: 'Second' });
    expect(readdirSync(dir)).toEqual(['a.draft.json']);
    expect(await store.list()).toMatchObject([{ id: 'a', title: 'Second' }]);
  });

  it('lists a draft left behind by a process that never cleaned up (a crash), newest first', async () => {
    const dir = draftsDir();
    let clock = Date.parse('2025-03-01T10:00:00Z');
    const crashed = new DraftStore(dir, undefined, () => new Date((clock += 1000)));
    await crashed.write(draft('older'));
    await crashed.write({ ...draft('newer'), fileName: 'map.journey', path: '/x/map.journey' });
    // The next start: a fresh store over the same folder.
    const next = new DraftStore(dir);
    expect(await next.list()).toEqual([
      { id: 'newer', title: 'Workshop map', fileName: 'map.journey', savedAt: '2025-03-01T10:00:02.000Z' },
      { id: 'older', title: 'Workshop map', fileName: null, savedAt: '2025-03-01T10:00:01.000Z' },
    ]);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await new DraftStore(draftsDir()).list()).toEqual([]);
  });

  it('keeps a damaged draft aside instead of offering it or deleting it', async () => {
    const dir = draftsDir();
    const store = new DraftStore(dir);
    await store.write(draft('good'));
    writeFileSync(join(dir, 'bad.draft.json'), '{"format":"journey-studio-draft"');
    expect((await store.list()).map((d) => d.id)).toEqual(['good']);
    expect(existsSync(join(dir, 'bad.draft.json.damaged'))).toBe(true);
  });

  it('refuses ids that could name a file outside the drafts folder', async () => {
    const store = new DraftStore(draftsDir());
    for (const id of ['../settings', 'a/b', '', 'A', '.hidden', 'x'.repeat(65)])
      await expect(store.write(draft(id)), id).rejects.toThrow('Not a draft id');
  });
});
