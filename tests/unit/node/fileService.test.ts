import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJourney, serializeJourney } from '../../../shared/model';
import { DraftStore } from '../../../electron/node/drafts';
import { FileService } from '../../../electron/node/fileService';
import type { FsOps } from '../../../electron/node/fsOps';
import { RecentFiles, type RecentEntry } from '../../../electron/node/recentFiles';
import { SAVE_STEPS, failingAt } from './failingFs';

/** One app session over a data folder; a second session over the same folder is "the next start". */
function session(dataDir: string, ops?: FsOps) {
  let entries: RecentEntry[] = [];
  const recentFile = join(dataDir, 'recent.json');
  if (existsSync(recentFile)) entries = JSON.parse(readFileSync(recentFile, 'utf8')) as RecentEntry[];
  const storage = {
    load: () => entries,
    save: (next: RecentEntry[]) => {
      entries = next;
      writeFileSync(recentFile, JSON.stringify(next));
    },
  };
  return new FileService(new RecentFiles(storage), new DraftStore(join(dataDir, 'drafts')), ops);
}

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'js-files-'));
  const data = join(root, 'app-data');
  const docs = join(root, 'documents');
  mkdirSync(data);
  mkdirSync(docs);
  return { data, docs };
}

const journeyText = (title: string) => serializeJourney(createJourney({ title }));
const HOTEL = journeyText('Hotel stay');

async function openSample(files: FileService, docs: string) {
  const path = join(docs, 'hotel.journey');
  writeFileSync(path, HOTEL);
  const opened = await files.openPath(path);
  if (opened.status !== 'opened') throw new Error('should open');
  return { path, ref: opened.file.ref! };
}

describe('FileService', () => {
  it('records opened and saved files in the recent list', async () => {
    const { data, docs } = folders();
    const files = session(data);
    const { path } = await openSample(files, docs);
    await files.saveTo(join(docs, 'copy.journey'), journeyText('A copy'));
    expect((await files.listRecent()).map((f) => [f.name, f.title])).toEqual([
      ['copy.journey', 'A copy'],
      ['hotel.journey', 'Hotel stay'],
    ]);
    const id = (await files.listRecent())[1]!.id;
    expect(await files.openRecent(id)).toMatchObject({ status: 'opened', file: { name: 'hotel.journey' } });
    expect(files.recent.pathOf(id)).toBe(path);
  });

  it('after a crash, the next start lists the draft and restores it linked to its file, as it was', async () => {
    const { data, docs } = folders();
    const before = session(data);
    const { path, ref } = await openSample(before, docs);
    const edited = journeyText('Hotel stay, edited in the workshop');
    await before.saveDraft({
      id: 'win-1',
      text: edited,
      title: 'Hotel stay, edited',
      file: { ref, name: 'hotel.journey' },
    });
    // The process dies here: no save, no cleanup.
    const after = session(data);
    expect(await after.listDrafts()).toEqual([
      { id: 'win-1', title: 'Hotel stay, edited', fileName: 'hotel.journey', savedAt: expect.any(String) },
    ]);
    const restored = await after.restoreDraft('win-1');
    if (restored.status !== 'restored') throw new Error('should restore');
    expect(restored.journey.title).toBe('Hotel stay, edited in the workshop');
    expect(restored.file?.name).toBe('hotel.journey');
    expect(readFileSync(path, 'utf8')).toBe(HOTEL);
    // Saving the restored document goes to the original file; then the renderer deletes the draft.
    expect(await after.save(restored.file!.ref!, edited)).toMatchObject({ status: 'saved' });
    expect(readFileSync(path, 'utf8')).toBe(edited);
    await after.deleteDraft('win-1');
    expect(await after.listDrafts()).toEqual([]);
  });

  it('a restored draft still notices that its file was changed by someone else meanwhile', async () => {
    const { data, docs } = folders();
    const before = session(data);
    const { path, ref } = await openSample(before, docs);
    await before.saveDraft({
      id: 'win-2',
      text: journeyText('Mine'),
      title: 'Mine',
      file: { ref, name: 'hotel.journey' },
    });
    writeFileSync(path, journeyText('Theirs'));
    utimesSync(path, new Date(Date.now() + 9000), new Date(Date.now() + 9000));
    const after = session(data);
    const restored = await after.restoreDraft('win-2');
    if (restored.status !== 'restored') throw new Error('should restore');
    expect(await after.save(restored.file!.ref!, journeyText('Mine'))).toEqual({
      status: 'conflict',
      fileName: 'hotel.journey',
    });
  });

  it('restores a never-saved document unlinked, and reports a damaged draft by its problems', async () => {
    const { data } = folders();
    const files = session(data);
    await files.saveDraft({ id: 'new-doc', text: journeyText('Fresh idea'), title: 'Fresh idea', file: null });
    expect(await files.restoreDraft('new-doc')).toMatchObject({ status: 'restored', file: null });
    await files.saveDraft({ id: 'broken', text: '{"format":"journey-studio"', title: 'Broken', file: null });
    expect(await files.restoreDraft('broken')).toMatchObject({ status: 'failed', fileName: 'Broken' });
    expect(await files.restoreDraft('never-written')).toMatchObject({ status: 'failed' });
  });

  it.each(SAVE_STEPS.filter((s) => s !== 'fsyncDir'))(
    'when saving fails at %s, the old file is intact and the draft is still there',
    async (step) => {
      const { data, docs } = folders();
      const files = session(data, failingAt(step));
      const { path, ref } = await openSample(files, docs);
      const mine = journeyText('Two hours of workshop edits');
      await files.saveDraft({ id: 'win-3', text: mine, title: 'Workshop', file: { ref, name: 'hotel.journey' } });
      const result = await files.save(ref, mine);
      expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('not changed') });
      expect(readFileSync(path, 'utf8')).toBe(HOTEL);
      expect(readdirSync(docs).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      const next = session(data);
      expect(await next.listDrafts()).toMatchObject([{ id: 'win-3' }]);
      expect(await next.restoreDraft('win-3')).toMatchObject({
        status: 'restored',
        journey: { title: 'Two hours of workshop edits' },
      });
    },
  );
});
