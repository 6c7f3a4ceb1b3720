/**
 * `journey-studio migrate`, run in-process: a version 1 file written as the hand-written version 2
 * file with a note per change, a version 2 file written back unchanged, bad files refused with
 * exit 2 and nothing written, and no file replaced without --force unless --out names the input.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATION_DIR, VALID_SAMPLE, VALID_V2_SAMPLE, asSavedText, readFixture } from '../../helpers/fixtures';
import { cli } from '../../helpers/runCliInProcess';

const dir = mkdtempSync(join(tmpdir(), 'js-migrate-'));
const inDir = (name: string) => join(dir, name);
const copy = (from: string, name: string) => {
  copyFileSync(from, inDir(name));
  return inDir(name);
};

describe('journey-studio migrate', () => {
  it('writes a version 1 file as the hand-written version 2 file, with a note: line per change', async () => {
    const input = copy(join(MIGRATION_DIR, 'loops-and-repeats.v1.journey'), 'loops.journey');
    const before = readFileSync(input, 'utf8');
    const out = inDir('loops.v2.journey');
    const result = await cli('migrate', input, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*loops\.v2\.journey \(format version 1 -> 2\)\n$/);
    const notes = result.stderr.split('\n').filter(Boolean);
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const note of notes) expect(note).toMatch(/^note: .*loops\.journey: \S+: /);
    expect(result.stderr).toContain('dropped: it linked');
    expect(result.stderr).toContain('dropped: it repeated the connection');
    expect(result.stderr).toContain('replaced with U+FFFD');
    expect(readFileSync(out, 'utf8')).toBe(
      asSavedText(readFixture(join(MIGRATION_DIR, 'loops-and-repeats.v2.journey'))),
    );
    // The input is untouched.
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('migrates the sample (persona, ratings) without notes, and the result validates as version 2', async () => {
    const out = inDir('coffee.v2.journey');
    const result = await cli('migrate', VALID_SAMPLE, '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(asSavedText(readFixture(join(MIGRATION_DIR, 'coffee-order.v2.journey'))));
    expect(await cli('validate', out)).toMatchObject({ code: 0, stdout: `${out}: valid\n`, stderr: '' });
  });

  it('writes a version 2 file back unchanged, in its canonical form', async () => {
    const out = inDir('blueprint.journey');
    const result = await cli('migrate', VALID_V2_SAMPLE, '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('(already format version 2)');
    expect(readFileSync(out, 'utf8')).toBe(asSavedText(readFixture(VALID_V2_SAMPLE)));
  });

  it('refuses an invalid or unreadable file with its problems and exit 2, writing nothing', async () => {
    const broken = inDir('broken.journey');
    writeFileSync(broken, JSON.stringify({ format: 'journey-studio', version: 1, id: 'x' }));
    const out = inDir('never.journey');
    const invalid = await cli('migrate', broken, '--out', out);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/broken\.journey: not migrated, it is not valid\n {2}title: is required/);
    const missing = await cli('migrate', inDir('missing.journey'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.journey: cannot be read');
    const newer = inDir('newer.journey');
    writeFileSync(newer, JSON.stringify({ format: 'journey-studio', version: 3 }));
    expect((await cli('migrate', newer, '--out', out)).stderr).toContain('saved by a newer Journey Studio');
    expect(existsSync(out)).toBe(false);
  });

  it('never replaces an existing file without --force, keeping the old one as .bak when it does', async () => {
    const out = inDir('taken.journey');
    writeFileSync(out, 'precious');
    const refused = await cli('migrate', VALID_SAMPLE, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `journey-studio migrate: ${out} already exists; pass --force to replace it (the old one is kept as .bak)\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect((await cli('migrate', VALID_SAMPLE, '--out', out, '--force')).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(2);
    expect(readFileSync(`${out}.bak`, 'utf8')).toBe('precious');
  });

  it('upgrades the input in place when --out names it, keeping the version 1 file as .bak', async () => {
    const input = copy(VALID_SAMPLE, 'in-place.journey');
    const before = readFileSync(input, 'utf8');
    const result = await cli('migrate', input, '--out', input);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(input, 'utf8')).version).toBe(2);
    expect(readFileSync(`${input}.bak`, 'utf8')).toBe(before);
  });

  it('needs one file and --out', async () => {
    expect((await cli('migrate', VALID_SAMPLE)).stderr).toContain('--out <file> is required');
    expect((await cli('migrate', '--out', inDir('x.journey'))).stderr).toContain('name the journey file to migrate');
  });
});
