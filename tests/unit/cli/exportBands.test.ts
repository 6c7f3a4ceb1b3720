/** `journey-studio export --bands`: the map's pain-point and opportunity bands, run in-process. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/runCliInProcess';
import { REPORT_FIXTURES } from '../report/fixtureJourneys';

const FIXTURE = join(REPORT_FIXTURES, 'personas-blueprint.journey');
const out = () => join(mkdtempSync(join(tmpdir(), 'js-bands-')), 'map.svg');

describe('journey-studio export --bands', () => {
  it('draws the bands named, and none without the flag', async () => {
    const plain = out();
    expect((await cli('export', FIXTURE, '--format', 'svg', '--out', plain)).code).toBe(0);
    expect(readFileSync(plain, 'utf8')).not.toContain('>Card declined twice</text>');
    const both = out();
    const result = await cli(
      'export',
      FIXTURE,
      '--format',
      'svg',
      '--out',
      both,
      '--bands',
      'pain-points,opportunities',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const svg = readFileSync(both, 'utf8');
    expect(svg).toContain('>Card declined twice</text>');
    expect(svg).toContain('>Offer invoice</text>');
    const pains = out();
    await cli('export', FIXTURE, '--format', 'svg', '--out', pains, '--bands', 'pain-points', '--lang', 'zh-CN');
    const chinese = readFileSync(pains, 'utf8');
    expect(chinese).toContain('>痛点</text>');
    expect(chinese).not.toContain('>Offer invoice</text>');
  });

  it('refuses a band it does not know in one line naming the choices', async () => {
    const result = await cli('export', FIXTURE, '--format', 'svg', '--out', out(), '--bands', 'pains');
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'journey-studio export: unknown band "pains" in --bands; choose from: pain-points, opportunities',
    );
  });
});
