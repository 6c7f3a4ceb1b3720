import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createJourney, serializeJourney } from '../../../shared/model';
import { nodeFsOps, type FsOps } from '../../../electron/node/fsOps';
import { failingAt } from './failingFs';
import {
  MAX_FILE_BYTES,
  SaveError,
  backupPathFor,
  readJourneyFile,
  saveJourneyFile,
  writeFileAtomically,
} from '../../../electron/node/journeyFiles';

let dir: string;
let target: string;
const OLD = serializeJourney(createJourney({ title: 'Old version' }));
const NEW = createJourney({ title: 'New version' });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'js-save-'));
  target = join(dir, 'map.journey');
  writeFileSync(target, OLD);
});

describe('saveJourneyFile', () => {
  it('replaces the file, keeps the previous version as a backup, and leaves no temp file', async () => {
    const stamp = await saveJourneyFile(target, NEW);
    expect(readFileSync(target, 'utf8')).toBe(serializeJourney(NEW));
    expect(readFileSync(backupPathFor(target), 'utf8')).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(['map.journey', 'map.journey.bak']);
    expect(stamp.size).toBe(Buffer.byteLength(serializeJourney(NEW)));
  });

  it('creates a new file where none existed', async () => {
    const fresh = join(dir, 'fresh.journey');
    await saveJourneyFile(fresh, NEW);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(backupPathFor(fresh))).toBe(false);
  });

  it.each(['openNew', 'write', 'sync', 'close', 'copyFile', 'rename'] as const)(
    'leaves the old file intact and no temp file when %s fails',
    async (step) => {
      const error = await saveJourneyFile(target, NEW, {}, failingAt(step)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SaveError);
      expect((error as SaveError).message).toContain('The file on disk was not changed');
      expect(readFileSync(target, 'utf8')).toBe(OLD);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );

  it('says the new version is in place when only the folder flush fails', async () => {
    const error = (await saveJourneyFile(target, NEW, {}, failingAt('fsyncDir')).catch((e: unknown) => e)) as SaveError;
    expect(error.replaced).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(serializeJourney(NEW));
  });

  it('names the reason in plain words', async () => {
    const error = (await writeFileAtomically(join(dir, 'missing-folder', 'x.journey'), '{}').catch(
      (e: unknown) => e,
    )) as SaveError;
    expect(error.message).toMatch(/Could not save x\.journey \(create a temporary file\): the file does not exist/);
  });
});

describe('readJourneyFile', () => {
  it('reads a saved file and stamps it', async () => {
    await saveJourneyFile(target, NEW);
    const result = await readJourneyFile(target);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.stamp.sha256).toHaveLength(64);
  });

  it('calls a missing file unreadable', async () => {
    expect(await readJourneyFile(join(dir, 'nope.journey'))).toMatchObject({
      ok: false,
      reason: 'unreadable',
      problems: [{ message: 'the file does not exist' }],
    });
  });

  it('refuses a file over the size cap before reading it', async () => {
    let read = false;
    const ops: FsOps = {
      ...nodeFsOps,
      stat: async () => ({ size: MAX_FILE_BYTES + 1, mtimeMs: 0, isFile: () => true }),
      readFile: async (p) => {
        read = true;
        return nodeFsOps.readFile(p);
      },
    };
    const result = await readJourneyFile(target, ops);
    expect(read).toBe(false);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ message: 'the file is 52,428,801 bytes; the limit is 52,428,800 bytes' }],
    });
  });

  it('calls a folder unreadable', async () => {
    expect(await readJourneyFile(dir)).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
