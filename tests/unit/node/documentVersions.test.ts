/**
 * Compare mode's reads on the desktop (DocumentRegistry.read and readVersion): another file, the
 * open file as it is on disk, or the `.bak` its last save kept, each read without opening it, so
 * the window's ref and its conflict check stay as they were.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJourney, serializeJourney } from '../../../shared/model';
import { DocumentRegistry } from '../../../electron/node/documentRegistry';

const dir = () => mkdtempSync(join(tmpdir(), 'js-versions-'));

describe('DocumentRegistry: versions read for compare mode', () => {
  it('reads another file without a ref or a recent entry', async () => {
    const path = join(dir(), 'other.journey');
    writeFileSync(path, serializeJourney(createJourney({ title: 'Other' })));
    const used: string[] = [];
    const docs = new DocumentRegistry(undefined, (p) => used.push(p));
    const read = await docs.read(path);
    expect(read).toMatchObject({ status: 'opened', file: { ref: null, name: 'other.journey' } });
    expect(used).toEqual([]);
  });

  it('reads the file on disk and its backup by ref, and a later save still sees a change on disk', async () => {
    const folder = dir();
    const path = join(folder, 'map.journey');
    writeFileSync(path, serializeJourney(createJourney({ title: 'First' })));
    const docs = new DocumentRegistry();
    const opened = await docs.open(path);
    if (opened.status !== 'opened') throw new Error('should open');
    const ref = opened.file.ref!;
    const missing = await docs.readVersion(ref, 'backup');
    expect(missing).toMatchObject({ status: 'failed', fileName: 'map.journey.bak' });
    expect(await docs.save(ref, serializeJourney({ ...opened.journey, title: 'Second' }))).toMatchObject({
      status: 'saved',
    });
    const backup = await docs.readVersion(ref, 'backup');
    expect(backup).toMatchObject({ status: 'opened', file: { ref: null, name: 'map.journey.bak' } });
    if (backup.status === 'opened') expect(backup.journey.title).toBe('First');
    // Another program rewrites the file; reading it for a compare must not make the next save overwrite it.
    writeFileSync(path, serializeJourney(createJourney({ title: 'Theirs' })));
    const disk = await docs.readVersion(ref, 'disk');
    if (disk.status !== 'opened') throw new Error('should read');
    expect(disk.journey.title).toBe('Theirs');
    expect(await docs.save(ref, serializeJourney({ ...opened.journey, title: 'Mine' }))).toMatchObject({
      status: 'conflict',
    });
    expect(await docs.readVersion('file-99', 'disk')).toMatchObject({ status: 'failed' });
  });
});
