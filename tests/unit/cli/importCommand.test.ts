/** `journey-studio import` and `export --format mermaid`, run in-process. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJourneyTextV2 } from '../../../shared/model/v2';
import { cli } from '../../helpers/runCliInProcess';

function folder(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'js-import-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const GOOD = 'Stage,Touchpoint,Channel,Emotion\r\nVisit,Waiting room,Carrier pigeon,-1\r\n';
const BAD = 'Touchpoint,Tier,Emotion\r\na,gold,1\r\nb,utility,9\r\n';

function journeyAt(path: string) {
  const loaded = loadJourneyTextV2(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  expect(loaded.notes).toEqual([]);
  return loaded.journey;
}

describe('journey-studio import', () => {
  it('writes a version 2 journey, with notes on stderr', async () => {
    const dir = folder({ 'visit.csv': GOOD });
    const out = join(dir, 'visit.journey');
    const result = await cli('import', join(dir, 'visit.csv'), '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('note: custom channels made: "Carrier pigeon"\n');
    expect(result.stdout).toMatch(
      /^imported .*visit\.csv \(csv\) to .*: 1 stages, 1 touchpoints, 0 steps, 1 personas\n$/,
    );
    const journey = journeyAt(out);
    expect(journey.version).toBe(2);
    expect(journey.title).toBe('visit');
    expect(journey.touchpoints[0]!.title).toBe('Waiting room');
  });

  it('lists every problem, one a line, exits 2 and writes nothing', async () => {
    const dir = folder({ 'bad.csv': BAD });
    const out = join(dir, 'bad.journey');
    const result = await cli('import', join(dir, 'bad.csv'), '--out', out);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.split('\n')).toEqual([
      `${join(dir, 'bad.csv')}: not imported (2 problems)`,
      '  line 2, column "Tier", value "gold": tier must be utility, usability or delight',
      '  line 3, column "Emotion", value "9": emotion must be a whole number from -2 to 2',
      '',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to replace an existing file without --force, and keeps the old one with it', async () => {
    const dir = folder({ 'visit.csv': GOOD, 'visit.journey': 'mine' });
    const out = join(dir, 'visit.journey');
    const refused = await cli('import', join(dir, 'visit.csv'), '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists; pass --force to replace it/);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const forced = await cli('import', join(dir, 'visit.csv'), '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(journeyAt(out).touchpoints).toHaveLength(1);
    expect(readFileSync(`${out}.bak`, 'utf8')).toBe('mine');
  });

  it('takes the format from --from, the extension or the content, and names its words in --lang', async () => {
    const dir = folder({ 'diagram.txt': 'journey\n  section 到店\n    取号: 2\n', 'mystery.bin': 'hello' });
    const out = join(dir, 'd.journey');
    expect(
      (await cli('import', join(dir, 'diagram.txt'), '--out', out, '--from', 'mermaid', '--lang', 'zh-CN')).code,
    ).toBe(0);
    const journey = journeyAt(out);
    expect(journey.lanes[0]!.name).toBe('触点');
    expect(journey.personas[0]!.name).toBe('顾客');
    const unknown = await cli('import', join(dir, 'mystery.bin'), '--out', join(dir, 'm.journey'));
    expect(unknown.stderr).toBe(
      `journey-studio import: cannot tell the format of ${join(dir, 'mystery.bin')}; pass --from csv|xlsx|mermaid|ojf|ems\n`,
    );
    const wrong = await cli('import', join(dir, 'diagram.txt'), '--out', join(dir, 'x.journey'), '--from', 'pdf');
    expect(wrong.stderr).toBe(
      'journey-studio import: unknown --from "pdf"; choose one of: csv, xlsx, mermaid, ojf, ems\n',
    );
  });
});

describe('journey-studio export --format mermaid', () => {
  it('writes a diagram that imports back', async () => {
    const dir = folder({ 'visit.csv': GOOD });
    const journeyPath = join(dir, 'visit.journey');
    await cli('import', join(dir, 'visit.csv'), '--out', journeyPath);
    const mmd = join(dir, 'visit.mmd');
    const exported = await cli('export', journeyPath, '--format', 'mermaid', '--out', mmd);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(mmd, 'utf8')).toBe('journey\n  title visit\n  section Visit\n    Waiting room: 2: Customer\n');
    const back = join(dir, 'back.journey');
    expect((await cli('import', mmd, '--out', back)).code).toBe(0);
    expect(journeyAt(back).touchpoints.map((t) => [t.title, Object.values(t.emotions)])).toEqual([
      ['Waiting room', [-1]],
    ]);
  });

  it('refuses the map options, which do not apply to it', async () => {
    const dir = folder({ 'visit.csv': GOOD });
    const journeyPath = join(dir, 'visit.journey');
    await cli('import', join(dir, 'visit.csv'), '--out', journeyPath);
    const result = await cli('export', journeyPath, '--format', 'mermaid', '--out', join(dir, 'x.mmd'), '--scale', '2');
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toBe('journey-studio export: --scale does not apply to --format mermaid\n');
  });
});
