import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/runCliInProcess';
import { BROKEN_DIR, VALID_SAMPLE, brokenFixtures } from '../../helpers/fixtures';

describe('journey-studio validate', () => {
  it('exits 0 for a valid file', async () => {
    expect(await cli('validate', VALID_SAMPLE)).toMatchObject({ code: 0, stderr: '' });
  });

  it('exits 1 and lists every problem with its path on stderr', async () => {
    const result = await cli('validate', join(BROKEN_DIR, 'out-of-range.journey'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('6 problems');
    expect(result.stderr).toContain('touchpoints[0].painPoints[0].severity: must be at most 5');
  });

  it('words the problems in the language --lang names, paths unchanged; English without it', async () => {
    const file = join(BROKEN_DIR, 'dangling-references.journey');
    const english = await cli('validate', file);
    expect(english.stderr).toContain('touchpoints[0].stageId: ');
    const chinese = await cli('validate', file, '--lang', 'zh-CN');
    expect(chinese.code).toBe(english.code);
    expect(chinese.stderr).toContain('touchpoints[0].stageId：');
    expect(chinese.stderr).toMatch(/阶段/);
    expect(chinese.stderr).not.toBe(english.stderr);
    expect((await cli('validate', file, '--lang', 'fr')).stderr).toContain('unknown language "fr"');
  });

  it('exits 2 for an unreadable file, even beside invalid and valid ones', async () => {
    const result = await cli('validate', VALID_SAMPLE, join(BROKEN_DIR, 'empty.journey'), '/no/such/file.journey');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/no/such/file.journey: cannot be read');
  });

  it('refuses every file in the broken corpus without a stack trace', async () => {
    for (const name of brokenFixtures()) {
      const result = await cli('validate', join(BROKEN_DIR, name));
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).not.toMatch(/\n\s+at /);
    }
  });
});

describe('journey-studio new and templates', () => {
  it('creates a valid blank journey and refuses to overwrite it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'js-cli-')), 'a.journey');
    expect((await cli('new', '--out', out, '--title', 'Workshop')).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toBe('Workshop');
    expect((await cli('validate', out)).code).toBe(0);
    writeFileSync(out, 'precious');
    const again = await cli('new', '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('precious');
  });

  it('refuses an unknown template by naming the choices', async () => {
    const result = await cli('new', '--template', 'nope', '--out', 'x.journey');
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toContain('unknown template "nope"; choose one of: blank');
  });

  it('lists templates', async () => {
    expect((await cli('templates')).stdout).toMatch(/^blank\s+Blank journey/m);
  });
});

describe('usage errors', () => {
  it('answers a wrong flag with one line of error and the usage', async () => {
    const result = await cli('new', '--bogus');
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe("journey-studio new: Unknown option '--bogus'");
    expect(result.stderr).toContain('usage: journey-studio new');
  });

  it('answers an unknown command', async () => {
    expect(await cli('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
  });

  it('prints help and version', async () => {
    expect((await cli('--help')).stdout).toContain('journey-studio validate <file>');
    expect((await cli('validate', '--help')).stdout).toContain('usage: journey-studio validate');
    expect((await cli('--version')).stdout).toBe('9.9.9\n');
  });
});
