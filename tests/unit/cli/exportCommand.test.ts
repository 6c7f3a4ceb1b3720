/** `journey-studio export`, run in-process: every format, and one clear line for every mistake. */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/runCliInProcess';
import { BROKEN_DIR, VALID_SAMPLE } from '../../helpers/fixtures';
import { fixturePath } from '../report/fixtureJourneys';

const outDir = () => mkdtempSync(join(tmpdir(), 'js-export-'));

/** A failure is exactly one line on stderr (plus usage where the command line was wrong), never a stack trace. */
function expectOneLineError(result: { code: number; stdout: string; stderr: string }, message: string) {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')[0]).toBe(`journey-studio export: ${message}`);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('journey-studio export', () => {
  it('writes a PNG at the asked scale', async () => {
    const out = join(outDir(), 'map.png');
    const result = await cli(
      'export',
      VALID_SAMPLE,
      '--format',
      'png',
      '--out',
      out,
      '--scale',
      '2',
      '--background',
      'transparent',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`wrote ${out}\n`);
    const png = PNG.sync.read(readFileSync(out));
    expect(png.width % 2).toBe(0);
    expect(png.width).toBeGreaterThan(1500);
    expect(png.data[3]).toBe(0);
  });

  it('writes SVG, PDF, HTML, Markdown and JSON', async () => {
    const dir = outDir();
    const starts: Record<string, string> = {
      svg: '<svg ',
      pdf: '%PDF-',
      html: '<!doctype html>',
      md: '# CX report: ',
      json: '{\n  "journey"',
    };
    for (const [format, start] of Object.entries(starts)) {
      const out = join(dir, `out.${format}`);
      const result = await cli(
        'export',
        VALID_SAMPLE,
        '--format',
        format,
        '--out',
        out,
        ...(format === 'pdf' ? ['--page', 'a3', '--orientation', 'portrait'] : []),
      );
      expect(result, format).toMatchObject({ code: 0, stderr: '' });
      expect(readFileSync(out).subarray(0, start.length).toString(), format).toBe(start);
    }
  });

  it('writes the two CSV tables beside --out', async () => {
    const dir = outDir();
    const result = await cli('export', fixturePath('dental-warnings'), '--format', 'csv', '--out', join(dir, 'r.csv'));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote ${join(dir, 'r.touchpoints.csv')}\nwrote ${join(dir, 'r.pain-points.csv')}\n`);
    expect(readFileSync(join(dir, 'r.pain-points.csv'), 'utf8')).toContain('Waited 40 minutes past the appointment');
  });

  it('tells how a PNG was scaled down when it would exceed 16,384 px', async () => {
    const dir = outDir();
    const wide = JSON.parse(readFileSync(VALID_SAMPLE, 'utf8'));
    wide.touchpoints[0].position.x = 16_400; // a lane wider than the limit even at 1×
    writeFileSync(join(dir, 'wide.journey'), JSON.stringify(wide));
    const result = await cli('export', join(dir, 'wide.journey'), '--format', 'png', '--out', join(dir, 'w.png'));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^note: The map is \d+×\d+ px; at 1× it would exceed 16,384 px a side, so it was scaled to 0\.9\d*×\.\n$/,
    );
    expect(PNG.sync.read(readFileSync(join(dir, 'w.png'))).width).toBeLessThanOrEqual(16_384);
  }, 30_000);

  it('refuses to write over the input file, by any name', async () => {
    const dir = outDir();
    const input = join(dir, 'in.journey');
    writeFileSync(input, readFileSync(VALID_SAMPLE));
    mkdirSync(join(dir, 'sub'));
    for (const out of [input, join(dir, 'sub', '..', 'in.journey')]) {
      expectOneLineError(
        await cli('export', input, '--format', 'json', '--out', out),
        `refusing to write ${input}: it is the input file`,
      );
    }
    expect(readFileSync(input)).toEqual(readFileSync(VALID_SAMPLE));
  });

  it('answers bad input files', async () => {
    expectOneLineError(
      await cli('export', '/no/such.journey', '--format', 'svg', '--out', '/tmp/x.svg'),
      'cannot read /no/such.journey: the file does not exist',
    );
    const invalid = await cli(
      'export',
      join(BROKEN_DIR, 'out-of-range.journey'),
      '--format',
      'svg',
      '--out',
      join(outDir(), 'x.svg'),
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(
      /^journey-studio export: .*out-of-range\.journey is not a valid journey file: touchpoints\[0\]\.\w+: .* \(and \d+ more; "journey-studio validate .*" lists them all\)\n$/,
    );
  });

  it('answers unwritable outputs', async () => {
    expectOneLineError(
      await cli('export', VALID_SAMPLE, '--format', 'svg', '--out', '/no/such/folder/x.svg'),
      'cannot write /no/such/folder/x.svg: the folder /no/such/folder does not exist',
    );
    const dir = outDir();
    expectOneLineError(
      await cli('export', VALID_SAMPLE, '--format', 'svg', '--out', dir),
      `cannot write ${dir}: it is a folder`,
    );
    if (process.getuid?.() !== 0) {
      // Root writes anywhere, so a read-only folder only stops other users.
      chmodSync(dir, 0o500);
      expectOneLineError(
        await cli('export', VALID_SAMPLE, '--format', 'svg', '--out', join(dir, 'x.svg')),
        `cannot write ${join(dir, 'x.svg')}: permission denied`,
      );
      chmodSync(dir, 0o700);
    }
  });

  it('answers bad options before reading anything', async () => {
    const out = join(outDir(), 'x');
    expectOneLineError(
      await cli('export', VALID_SAMPLE, '--format', 'gif', '--out', out),
      'unknown --format "gif"; choose one of: png, svg, pdf, html, md, csv, json',
    );
    expectOneLineError(
      await cli('export', VALID_SAMPLE, '--out', out),
      '--format is required (one of: png, svg, pdf, html, md, csv, json)',
    );
    expectOneLineError(await cli('export', VALID_SAMPLE, '--format', 'png'), '--out <path> is required');
    for (const scale of ['0', '9', 'two', '', '-1']) {
      expectOneLineError(
        await cli('export', VALID_SAMPLE, '--format', 'png', `--scale=${scale}`, '--out', out),
        `--scale must be a number from 0.25 to 4 (for example 1, 2 or 4), not "${scale}"`,
      );
    }
    expectOneLineError(
      await cli('export', VALID_SAMPLE, '--format', 'pdf', '--page', 'a5', '--out', out),
      'unknown --page "a5"; choose one of: a4, a3, letter, tabloid',
    );
    expectOneLineError(
      await cli('export', VALID_SAMPLE, '--format', 'svg', '--scale', '2', '--out', out),
      '--scale applies to --format png, not svg',
    );
    expectOneLineError(
      await cli('export', VALID_SAMPLE, '--format', 'md', '--theme', 'dark', '--out', out),
      '--theme applies to --format png or svg or pdf or html, not md',
    );
    expectOneLineError(await cli('export', '--format', 'svg', '--out', out), 'name the journey file to read');
    expect(existsSync(out)).toBe(false);
  });
});
