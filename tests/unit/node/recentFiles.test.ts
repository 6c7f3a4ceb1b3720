import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECENT_LIMIT, RecentFiles, recentIdOf, type RecentEntry } from '../../../electron/node/recentFiles';

function memoryStorage() {
  let entries: RecentEntry[] = [];
  return { load: () => entries, save: (next: RecentEntry[]) => void (entries = next) };
}

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'js-recent-'));
  let clock = Date.parse('2025-05-01T09:00:00Z');
  const recent = new RecentFiles(memoryStorage(), { now: () => new Date((clock += 60_000)), home: dir });
  const file = (name: string) => {
    const path = join(dir, name);
    writeFileSync(path, '{}');
    return path;
  };
  return { dir, recent, file };
}

describe('RecentFiles', () => {
  it('lists files newest first with title, time and a folder relative to home', async () => {
    const { recent, file } = setup();
    recent.touch(file('a.journey'), 'Hotel stay');
    recent.touch(file('b.journey'), 'Checkout');
    expect(await recent.list()).toEqual([
      {
        id: expect.any(String),
        name: 'b.journey',
        title: 'Checkout',
        openedAt: '2025-05-01T09:02:00.000Z',
        missing: false,
        location: '~',
      },
      {
        id: expect.any(String),
        name: 'a.journey',
        title: 'Hotel stay',
        openedAt: '2025-05-01T09:01:00.000Z',
        missing: false,
        location: '~',
      },
    ]);
  });

  it('moves a reopened file to the top instead of listing it twice, with its new title', async () => {
    const { recent, file } = setup();
    const a = file('a.journey');
    recent.touch(a, 'Old');
    recent.touch(file('b.journey'), 'B');
    recent.touch(a, 'New title');
    expect((await recent.list()).map((f) => [f.name, f.title])).toEqual([
      ['a.journey', 'New title'],
      ['b.journey', 'B'],
    ]);
  });

  it(`keeps only the last ${RECENT_LIMIT}`, async () => {
    const { recent, file } = setup();
    for (let i = 0; i < 13; i++) recent.touch(file(`m${i}.journey`), `Map ${i}`);
    const names = (await recent.list()).map((f) => f.name);
    expect(names).toHaveLength(RECENT_LIMIT);
    expect(names[0]).toBe('m12.journey');
    expect(names.at(-1)).toBe('m3.journey');
  });

  it('marks a file that is gone as missing, and can remove it or all missing ones', async () => {
    const { recent, file } = setup();
    const gone = file('gone.journey');
    const other = file('other.journey');
    recent.touch(gone, 'Gone');
    recent.touch(other, 'Other');
    recent.touch(file('kept.journey'), 'Kept');
    unlinkSync(gone);
    unlinkSync(other);
    expect((await recent.list()).map((f) => [f.name, f.missing])).toEqual([
      ['kept.journey', false],
      ['other.journey', true],
      ['gone.journey', true],
    ]);
    recent.remove(recentIdOf(gone));
    expect((await recent.list()).map((f) => f.name)).toEqual(['kept.journey', 'other.journey']);
    await recent.removeMissing();
    expect((await recent.list()).map((f) => f.name)).toEqual(['kept.journey']);
  });

  it('hands out opaque ids and maps them back to paths', async () => {
    const { recent, file } = setup();
    const path = file('a.journey');
    recent.touch(path, 'A');
    const [entry] = await recent.list();
    expect(entry!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(entry!.id).not.toContain('a.journey');
    expect(recent.pathOf(entry!.id)).toBe(path);
    expect(recent.pathOf('0000000000000000')).toBeUndefined();
  });

  it('tells listeners when the list changes (the native menu is rebuilt)', () => {
    const { recent, file } = setup();
    let changes = 0;
    const stop = recent.onChange(() => changes++);
    recent.touch(file('a.journey'), 'A');
    recent.clear();
    stop();
    recent.touch(file('b.journey'), 'B');
    expect(changes).toBe(2);
  });
});
