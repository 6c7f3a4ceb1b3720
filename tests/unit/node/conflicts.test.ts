import { mkdtempSync, readFileSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJourney, serializeJourney } from '../../../shared/model';
import { DocumentRegistry } from '../../../electron/node/documentRegistry';
import { hasChangedOnDisk, readJourneyFile } from '../../../electron/node/journeyFiles';

const ORIGINAL = serializeJourney(createJourney({ title: 'Original' }));
const MINE = serializeJourney(createJourney({ title: 'Mine' }));
const THEIRS = serializeJourney(createJourney({ title: 'Theirs, written by a sync tool' }));

async function openedFile() {
  const path = join(mkdtempSync(join(tmpdir(), 'js-conflict-')), 'map.journey');
  writeFileSync(path, ORIGINAL);
  const docs = new DocumentRegistry();
  const opened = await docs.open(path);
  if (opened.status !== 'opened') throw new Error('should open');
  return { path, docs, ref: opened.file.ref! };
}

/** Another program saves the file: new content and a later mtime. */
function externalWrite(path: string, text: string) {
  writeFileSync(path, text);
  const later = new Date(Date.now() + 5000);
  utimesSync(path, later, later);
}

describe('saving over a file that changed on disk', () => {
  it('refuses to save and names the file, leaving the other program’s version in place', async () => {
    const { path, docs, ref } = await openedFile();
    externalWrite(path, THEIRS);
    expect(await docs.save(ref, MINE)).toEqual({ status: 'conflict', fileName: 'map.journey' });
    expect(readFileSync(path, 'utf8')).toBe(THEIRS);
  });

  it('overwrites when the user says so, and then saves normally again', async () => {
    const { path, docs, ref } = await openedFile();
    externalWrite(path, THEIRS);
    expect(await docs.save(ref, MINE, { overwrite: true })).toMatchObject({ status: 'saved' });
    expect(readFileSync(path, 'utf8')).toBe(MINE);
    expect(await docs.save(ref, ORIGINAL)).toMatchObject({ status: 'saved' });
  });

  it('after Reload from disk, the reloaded version is the new base', async () => {
    const { path, docs, ref } = await openedFile();
    externalWrite(path, THEIRS);
    expect(await docs.openRef(ref)).toMatchObject({ status: 'opened', file: { ref } });
    expect(await docs.save(ref, MINE)).toMatchObject({ status: 'saved' });
  });

  it('does not call a touched but unchanged file a conflict', async () => {
    const { path, docs, ref } = await openedFile();
    externalWrite(path, ORIGINAL);
    expect(await docs.save(ref, MINE)).toMatchObject({ status: 'saved' });
  });

  it('recreates a file that was deleted meanwhile instead of calling it a conflict', async () => {
    const { path, docs, ref } = await openedFile();
    unlinkSync(path);
    expect(await docs.save(ref, MINE)).toMatchObject({ status: 'saved' });
    expect(readFileSync(path, 'utf8')).toBe(MINE);
  });

  it('a save of ours is not a conflict for the next save', async () => {
    const { docs, ref } = await openedFile();
    expect(await docs.save(ref, MINE)).toMatchObject({ status: 'saved' });
    expect(await docs.save(ref, ORIGINAL)).toMatchObject({ status: 'saved' });
  });
});

describe('hasChangedOnDisk', () => {
  it('compares size and mtime first, then the content hash', async () => {
    const { path } = await openedFile();
    const read = await readJourneyFile(path);
    if (!read.ok) throw new Error('should read');
    expect(await hasChangedOnDisk(path, read.stamp)).toBe(false);
    externalWrite(path, ORIGINAL.replace('Original', 'Origina1'));
    expect(await hasChangedOnDisk(path, read.stamp)).toBe(true);
  });
});
