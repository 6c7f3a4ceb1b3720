/**
 * `journey-studio merge`, run in-process: a clean merge (exit 0), conflicts (exit 1, one stderr
 * line each, the output still valid), resolutions, version 1 inputs, bad input (exit 2, nothing
 * written), a kept backup of an existing --out, and --git's arguments.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJourneyText, serializeJourney } from '../../../shared/model';
import { loadJourneyTextV2, serializeJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import { cli } from '../../helpers/runCliInProcess';
import { edited, hotelStay } from '../versions/hotelVersions';

const dir = mkdtempSync(join(tmpdir(), 'js-merge-'));
let n = 0;
const file = (journey: JourneyV2 | string) => {
  const path = join(dir, `v${n++}.journey`);
  writeFileSync(path, typeof journey === 'string' ? journey : serializeJourneyV2(journey));
  return path;
};
const read = (path: string) => {
  const loaded = loadJourneyTextV2(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(`${path} is not valid: ${JSON.stringify(loaded.problems)}`);
  return loaded.journey;
};
const basePath = file(hotelStay());

describe('journey-studio merge', () => {
  it('merges edits to different cards cleanly: exit 0, the output written, nothing on stderr', async () => {
    const ours = file(edited((j) => (j.touchpoints[0]!.title = 'Self check-in')));
    const theirs = file(edited((j) => (j.touchpoints[1]!.title = 'Lake-view room')));
    const out = join(dir, 'clean.journey');
    expect(await cli('merge', basePath, ours, theirs, '--out', out)).toEqual({
      code: 0,
      stdout: `wrote ${out}\n`,
      stderr: '',
    });
    expect(read(out).touchpoints.map((t) => t.title)).toEqual(['Self check-in', 'Lake-view room']);
    expect(readFileSync(out, 'utf8')).toBe(
      serializeJourneyV2(
        edited((j) => {
          j.touchpoints[0]!.title = 'Self check-in';
          j.touchpoints[1]!.title = 'Lake-view room';
        }),
      ),
    );
  });

  it('exits 1 with one line per conflict, keeps ours, and still writes a valid journey', async () => {
    const ours = file(
      edited((j) => {
        j.touchpoints[0]!.painPoints[0]!.severity = 3;
        j.touchpoints[1]!.title = 'Suite';
      }),
    );
    const theirs = file(
      edited((j) => {
        j.touchpoints[0]!.painPoints[0]!.severity = 4;
        j.touchpoints[1]!.notes = 'Line one\nline two';
        j.steps = [];
      }),
    );
    const out = join(dir, 'conflicts.journey');
    const result = await cli('merge', basePath, ours, theirs, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`wrote ${out}\n`);
    expect(result.stderr).toBe('conflict: painPoint pain-room severity: ours 3, theirs 4\n');
    const merged = read(out);
    expect(merged.touchpoints[0]!.painPoints[0]!.severity).toBe(3);
    expect(merged.touchpoints[1]).toMatchObject({ title: 'Suite', notes: 'Line one\nline two' });
    expect(merged.steps).toEqual([]);
  });

  it('prints removals and unset values plainly, escapes what a file could hide, and reports resolutions', async () => {
    const ours = file(
      edited((j) => {
        j.touchpoints[1]!.title = 'Suite \u202e';
        j.touchpoints[0]!.notes = 'x'.repeat(300);
      }),
    );
    const theirs = file(
      edited((j) => {
        j.touchpoints.pop();
        j.connections = [];
        delete j.touchpoints[0]!.notes;
        j.steps.push({
          id: 'step-2',
          stageId: 'stage-after',
          laneId: 'lane-back',
          title: 'Invoice',
          position: { x: 0, y: 0 },
        });
      }),
    );
    const oursWithout = file(edited((j) => (j.stages = j.stages.slice(0, 2))));
    const out = join(dir, 'removed.journey');
    const result = await cli('merge', basePath, ours, theirs, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      `conflict: touchpoint tp-kiosk notes: ours "${'x'.repeat(119)}…, theirs unset`,
      'conflict: touchpoint tp-room title: ours "Suite \\u202e", theirs removed',
      '',
    ]);
    const resolved = await cli('merge', basePath, oursWithout, theirs, '--out', join(dir, 'resolved.journey'));
    expect(resolved.code).toBe(0);
    expect(resolved.stderr).toBe('resolved: stage stage-after: kept, removed by ours, but step step-2 is in it\n');
  });

  it('migrates version 1 inputs, saying so in note lines', async () => {
    const template = readFileSync('shared/templates/files/restaurant.en.journey', 'utf8');
    const loaded = loadJourneyText(template);
    if (!loaded.ok) throw new Error('template did not load');
    const v1 = loaded.journey;
    const ours = structuredClone(v1);
    ours.touchpoints[0]!.title = 'Table booking';
    const theirs = structuredClone(v1);
    theirs.touchpoints[1]!.title = 'Greeting';
    const paths = [file(template), file(serializeJourney(ours)), file(serializeJourney(theirs))];
    const out = join(dir, 'from-v1.journey');
    const result = await cli('merge', ...paths, '--out', out);
    expect(result.code).toBe(0);
    const merged = read(out);
    expect(merged.version).toBe(2);
    expect(merged.touchpoints.slice(0, 2).map((t) => t.title)).toEqual(['Table booking', 'Greeting']);
    expect(
      result.stderr
        .split('\n')
        .filter((l) => l !== '')
        .every((l) => l.startsWith('note: ')),
    ).toBe(true);
  });

  it('keeps an existing --out file as .bak', async () => {
    const out = join(dir, 'existing.journey');
    writeFileSync(out, 'my notes');
    const ours = file(edited((j) => (j.title = 'Ours')));
    expect((await cli('merge', basePath, ours, basePath, '--out', out)).code).toBe(0);
    expect(readFileSync(`${out}.bak`, 'utf8')).toBe('my notes');
    expect(read(out).title).toBe('Ours');
  });

  it('exits 2 on bad input and writes nothing', async () => {
    const out = join(dir, 'never.journey');
    const broken = file('{ "format": "journey-studio", "version": 2 ');
    const bad = await cli('merge', basePath, basePath, broken, '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^journey-studio merge: .*v\d+\.journey is not a valid journey file: .*\n$/);
    expect(existsSync(out)).toBe(false);
    const missing = await cli('merge', basePath, join(dir, 'nope.journey'), basePath, '--out', out);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: `journey-studio merge: cannot read ${join(dir, 'nope.journey')}: the file does not exist\n`,
    });
    expect((await cli('merge', basePath, basePath, '--out', out)).stderr).toContain(
      'name the three journey files, base, ours and theirs (got 2)',
    );
    expect((await cli('merge', basePath, basePath, basePath)).stderr).toContain('--out');
    expect((await cli('merge', basePath, basePath, basePath, '--out', basePath)).stderr).toContain(
      'it is the input file',
    );
    expect((await cli('merge', basePath, basePath, basePath, '--git')).code).toBe(0);
    expect((await cli('merge', basePath, basePath, '--git')).stderr).toContain("--git takes git's %O %A %B");
    expect(existsSync(out)).toBe(false);
  });

  it('with --git writes the merge over the ours file, naming the files by %P, exit 1 on a conflict', async () => {
    const ours = file(edited((j) => (j.title = 'Ours')));
    const theirs = file(edited((j) => (j.title = 'Theirs')));
    const result = await cli('merge', '--git', basePath, ours, theirs, 'maps/hotel.journey');
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'conflict: journey journey-hotel title: ours "Ours", theirs "Theirs"\n',
    });
    expect(read(ours).title).toBe('Ours');
    expect(existsSync(`${ours}.bak`)).toBe(false);
    // Added on both branches: git gives an empty base, and ours is left as it was.
    const before = readFileSync(ours, 'utf8');
    const empty = file('');
    expect(await cli('merge', '--git', empty, ours, theirs, 'maps/hotel.journey')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'journey-studio merge: maps/hotel.journey: both sides added this file, so there is no common version to merge from; kept ours\n',
    });
    expect(readFileSync(ours, 'utf8')).toBe(before);
    const broken = file('[]');
    const bad = await cli('merge', '--git', basePath, ours, broken, 'maps/hotel.journey');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('maps/hotel.journey (theirs) is not a valid journey file');
  });
});
