/**
 * `journey-studio diff --git` as git's diff driver, in a real git repository: the README's lines
 * (`*.journey diff=journey` in .gitattributes, `diff.journey.command`) make `git diff` (and
 * `git log -p --ext-diff`) print the changes as sentences, for an edited, an added and a deleted file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeJourneyV2 } from '../../../shared/model/v2';
import { edited, hotelStay } from '../versions/hotelVersions';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));
const repo = mkdtempSync(join(tmpdir(), 'js-git-diff-'));
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_PAGER: 'cat', NO_COLOR: '1' } });

describe('journey-studio diff as git’s diff driver', () => {
  beforeAll(() => {
    // The built CLI, rebuilt when it predates --git.
    const help = spawnSync(process.execPath, [bin, 'diff', '--help'], { encoding: 'utf8' });
    if (!help.stdout.includes('--git')) execFileSync('npm', ['run', 'build:cli'], { cwd: root });
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    git('config', 'diff.journey.command', `"${process.execPath}" "${bin}" diff --git`);
    writeFileSync(join(repo, '.gitattributes'), '*.journey diff=journey\n');
    writeFileSync(join(repo, 'hotel.journey'), serializeJourneyV2(hotelStay()));
    git('add', '.');
    git('commit', '-q', '-m', 'workshop');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('shows an edit to a journey file as sentences', () => {
    const after = edited((j) => {
      j.touchpoints[0]!.stageId = 'stage-stay';
      j.touchpoints[0]!.painPoints[0]!.severity = 3;
      j.updatedAt = '2026-12-01T10:00:00.000Z';
    });
    writeFileSync(join(repo, 'hotel.journey'), serializeJourneyV2(after));
    expect(git('diff')).toBe(
      [
        '--- a/hotel.journey  Hotel stay',
        '+++ b/hotel.journey  Hotel stay',
        "~ Moved 'Kiosk check-in' from Arrival to Stay",
        "~ Pain point 'Room not ready' severity 5 -> 3",
        '0 added, 0 removed, 2 changed',
        '',
      ].join('\n'),
    );
    git('commit', '-q', '-am', 'after the workshop');
    expect(git('log', '-p', '--ext-diff', '-1', '--format=%s')).toContain(
      "~ Pain point 'Room not ready' severity 5 -> 3",
    );
  });

  it('shows an added and a deleted journey file in one line each', () => {
    writeFileSync(join(repo, 'spa.journey'), serializeJourneyV2(edited((j) => (j.title = 'Spa day'))));
    git('add', 'spa.journey');
    expect(git('diff', '--cached')).toBe('+++ b/spa.journey  Spa day\n+ Added the journey file (2 touchpoints)\n');
    git('commit', '-q', '-m', 'spa');
    git('rm', '-q', 'hotel.journey');
    expect(git('diff', '--cached')).toBe(
      '--- a/hotel.journey  Hotel stay\n- Deleted the journey file (2 touchpoints)\n',
    );
  });

  it('makes git fail loudly, naming the file, when a version is not a valid journey', () => {
    writeFileSync(join(repo, 'spa.journey'), '{ "format": "journey-studio", "version": 2 ');
    const result = spawnSync('git', ['diff', '--', 'spa.journey'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_PAGER: 'cat' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('journey-studio diff: b/spa.journey is not a valid journey file');
  });
});
