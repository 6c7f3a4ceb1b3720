import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { VALID_SAMPLE } from '../../helpers/fixtures';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));

describe('the installed executable', () => {
  beforeAll(() => {
    if (!existsSync(new URL('../../../out/cli/index.mjs', import.meta.url)))
      execFileSync('npm', ['run', 'build:cli'], { cwd: root });
  });

  it('runs the built CLI with real exit codes', () => {
    const ok = spawnSync(process.execPath, [bin, 'validate', VALID_SAMPLE], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'validate', '/no/such.journey'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('cannot be read');
  });
});
