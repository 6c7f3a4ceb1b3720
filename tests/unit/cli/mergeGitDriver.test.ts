/**
 * `journey-studio merge --git` as git's merge driver, in a real git repository with the
 * README's lines (`*.journey merge=journey` in .gitattributes, `merge.journey.driver`): two
 * branches editing different cards merge through the driver into a valid journey holding both
 * edits; a conflicting edit makes git report a conflict while the file stays a valid journey
 * with ours kept.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadJourneyTextV2, serializeJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import { edited, hotelStay } from '../versions/hotelVersions';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));
const repo = mkdtempSync(join(tmpdir(), 'js-git-merge-'));
const env = { ...process.env, GIT_PAGER: 'cat', NO_COLOR: '1', GIT_MERGE_AUTOEDIT: 'no' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env });
const gitMayFail = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8', env });

function commitOnBranch(branch: string, from: string, journey: JourneyV2): void {
  git('checkout', '-q', '-B', branch, from);
  writeFileSync(join(repo, 'hotel.journey'), serializeJourneyV2(journey));
  git('commit', '-q', '-am', `edit on ${branch}`);
}

function workingJourney(): JourneyV2 {
  const loaded = loadJourneyTextV2(readFileSync(join(repo, 'hotel.journey'), 'utf8'));
  if (!loaded.ok) throw new Error(`hotel.journey is not valid: ${JSON.stringify(loaded.problems)}`);
  return loaded.journey;
}

describe('journey-studio merge as git’s merge driver', () => {
  beforeAll(() => {
    // The built CLI, rebuilt when it predates merge.
    const help = spawnSync(process.execPath, [bin, 'merge', '--help'], { encoding: 'utf8' });
    if (!help.stdout.includes('--git')) execFileSync('npm', ['run', 'build:cli'], { cwd: root });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    git('config', 'merge.journey.driver', `"${process.execPath}" "${bin}" merge --git %O %A %B %P`);
    writeFileSync(join(repo, '.gitattributes'), '*.journey diff=journey merge=journey\n');
    writeFileSync(join(repo, 'hotel.journey'), serializeJourneyV2(hotelStay()));
    git('add', '.');
    git('commit', '-q', '-m', 'workshop');
  }, 120_000);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('merges two branches that edited different cards, and the result validates', () => {
    commitOnBranch(
      'kiosk',
      'main',
      edited((j) => (j.touchpoints[0]!.title = 'Self check-in')),
    );
    commitOnBranch(
      'room',
      'main',
      edited((j) => (j.touchpoints[1]!.emotions = { 'persona-bo': 2 })),
    );
    const result = gitMayFail('merge', '--no-edit', 'kiosk');
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('conflict:');
    const merged = workingJourney();
    expect(merged.touchpoints[0]!.title).toBe('Self check-in');
    expect(merged.touchpoints[1]!.emotions).toEqual({ 'persona-bo': 2 });
    expect(git('status', '--porcelain')).toBe('');
  });

  it('reports a conflicting edit as a conflict, and leaves a valid journey with ours kept', () => {
    commitOnBranch(
      'ours',
      'main',
      edited((j) => (j.touchpoints[0]!.painPoints[0]!.severity = 3)),
    );
    commitOnBranch(
      'theirs',
      'main',
      edited((j) => {
        j.touchpoints[0]!.painPoints[0]!.severity = 4;
        j.title = 'Lake hotel';
      }),
    );
    git('checkout', '-q', 'ours');
    const result = gitMayFail('merge', '--no-edit', 'theirs');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('CONFLICT (content): Merge conflict in hotel.journey');
    expect(result.stderr).toContain('conflict: painPoint pain-room severity: ours 3, theirs 4');
    expect(git('status', '--porcelain')).toContain('UU hotel.journey');
    const merged = workingJourney();
    expect(merged.touchpoints[0]!.painPoints[0]!.severity).toBe(3);
    expect(merged.title).toBe('Lake hotel');
    git('merge', '--abort');
  });
});
