/** `journey-studio diff`, run in-process: exit codes like diff(1), formats, colour, --out, version 1 files, bad files. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { serializeJourney, loadJourneyText } from '../../../shared/model';
import { serializeJourneyV2 } from '../../../shared/model/v2';
import { cli } from '../../helpers/runCliInProcess';
import { edited, hotelStay } from '../versions/hotelVersions';

const dir = mkdtempSync(join(tmpdir(), 'js-diff-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const oldPath = file('old.journey', serializeJourneyV2(hotelStay()));
const newPath = file(
  'new.journey',
  serializeJourneyV2(
    edited((j) => {
      j.touchpoints[0]!.stageId = 'stage-stay';
      j.touchpoints[0]!.painPoints[0]!.severity = 3;
    }),
  ),
);

async function cliOnTerminal(...args: string[]) {
  let stdout = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: () => {},
    cwd: dir,
    version: '0',
    colour: true,
  });
  return { code, stdout };
}

describe('journey-studio diff', () => {
  it('exits 0 and prints nothing for the same journey', async () => {
    expect(await cli('diff', oldPath, oldPath)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 and prints the changes in sentences when the versions differ, without colour when piped', async () => {
    const result = await cli('diff', oldPath, newPath);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(2)).toEqual([
      "~ Moved 'Kiosk check-in' from Arrival to Stay",
      "~ Pain point 'Room not ready' severity 5 -> 3",
      '0 added, 0 removed, 2 changed',
      '',
    ]);
    expect(result.stdout).not.toContain('\x1b');
  });

  it('colours the text on a terminal, and never the other formats', async () => {
    expect((await cliOnTerminal('diff', oldPath, newPath)).stdout).toContain('\x1b[33m~\x1b[0m Moved');
    const json = await cliOnTerminal('diff', oldPath, newPath, '--format', 'json');
    expect(json.stdout).not.toContain('\x1b');
    expect(JSON.parse(json.stdout).summary).toEqual({ added: 0, removed: 0, changed: 2 });
  });

  it('compares a version 1 file with its version 2 migration as the same journey', async () => {
    const template = readFileSync('shared/templates/files/restaurant.en.journey', 'utf8');
    const v1 = file('restaurant.journey', template);
    const loaded = loadJourneyText(template);
    if (!loaded.ok) throw new Error('template did not load');
    const edit = structuredClone(loaded.journey);
    edit.touchpoints[0]!.title = 'Table booking';
    const v1Edited = file('restaurant-2.journey', serializeJourney(edit));
    expect((await cli('diff', v1, v1)).code).toBe(0);
    const result = await cli('diff', v1, v1Edited, '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).changes).toEqual([
      {
        op: 'changed',
        entity: 'touchpoint',
        id: loaded.journey.touchpoints[0]!.id,
        field: 'title',
        before: loaded.journey.touchpoints[0]!.title,
        after: 'Table booking',
      },
    ]);
  });

  it('writes --out and keeps the exit code', async () => {
    const out = join(dir, 'changes.html');
    const result = await cli('diff', oldPath, newPath, '--format', 'html', '--out', out);
    expect(result).toEqual({ code: 1, stdout: `wrote ${out}\n`, stderr: '' });
    expect(readFileSync(out, 'utf8')).toContain('<h1>Changes to Hotel stay</h1>');
    const md = await cli('diff', oldPath, oldPath, '--format', 'md', '--out', join(dir, 'same.md'));
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'same.md'), 'utf8')).toContain('No changes.');
  });

  it('exits 2 with one line naming the file and its problems for an invalid or unreadable file', async () => {
    const broken = file(
      'broken.journey',
      JSON.stringify({ ...JSON.parse(serializeJourneyV2(hotelStay())), lanes: [], title: 7 }),
    );
    const bad = await cli('diff', oldPath, broken);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(
      new RegExp(
        `^journey-studio diff: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a valid journey file: .*title: .*\n$`,
      ),
    );
    const missing = await cli('diff', join(dir, 'nope.journey'), oldPath);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: `journey-studio diff: cannot read ${join(dir, 'nope.journey')}: the file does not exist\n`,
    });
    const binary = file('binary.journey', '');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00]));
    expect((await cli('diff', binary, oldPath)).stderr).toBe(
      `journey-studio diff: ${binary} is not a valid journey file: the file is not UTF-8 text\n`,
    );
  });

  it('as git’s driver (--git) takes git’s arguments and exits 0 on a difference', async () => {
    const args = ['hotel.journey', oldPath, '0000000', '100644', newPath, '1111111', '100644'];
    const result = await cli('diff', '--git', ...args);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      '--- a/hotel.journey  Hotel stay',
      '+++ b/hotel.journey  Hotel stay',
      "~ Moved 'Kiosk check-in' from Arrival to Stay",
    ]);
    expect((await cli('diff', '--git', oldPath, newPath)).stderr).toMatch(
      /^journey-studio diff: --git takes the 7 or 9 arguments git passes to a diff driver, got 2\n/,
    );
    expect((await cli('diff', '--git', ...args, '--out', join(dir, 'x.txt'))).stderr).toBe(
      'journey-studio diff: --git writes to standard output, for git; leave out --out\n',
    );
  });

  it('refuses a wrong command line, an unknown format and writing over an input', async () => {
    const one = await cli('diff', oldPath);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(
      /^journey-studio diff: name the two journey files to compare, old then new \(got 1\)\nusage: journey-studio diff <old> <new>/,
    );
    expect((await cli('diff', oldPath, newPath, '--format', 'pdf')).stderr).toBe(
      'journey-studio diff: unknown --format "pdf"; choose one of: text, md, json, html\n',
    );
    const over = await cli('diff', oldPath, newPath, '--out', newPath);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('it is the input file');
    expect(readFileSync(newPath, 'utf8')).toContain('"version": 2');
  });
});
