/** `journey-studio report`, run in-process: the JSON contract on stdout, other formats, and errors. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/runCliInProcess';
import { computeReport } from '../../../shared/report';
import { dental, fixturePath } from '../report/fixtureJourneys';

describe('journey-studio report', () => {
  it('prints the JSON report by default', async () => {
    const result = await cli('report', fixturePath('dental-warnings'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(computeReport(dental()))));
  });

  it('prints Markdown, HTML and CSV sections', async () => {
    expect((await cli('report', fixturePath('dental-warnings'), '--format', 'md')).stdout).toMatch(
      /^# CX report: Dental check-up\n/,
    );
    expect((await cli('report', fixturePath('online-shopping-zh'), '--format', 'html')).stdout).toContain(
      '<h1>CX report: 网上购物：从搜索到退货</h1>',
    );
    const csv = (await cli('report', fixturePath('dental-warnings'), '--format', 'csv')).stdout;
    expect(csv.startsWith('# touchpoints\r\n')).toBe(true);
    expect(csv).toContain('\r\n# pain-points\r\nRank,Severity,');
  });

  it('writes to --out, CSV as two files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'js-report-'));
    expect((await cli('report', fixturePath('clean'), '--out', join(dir, 'r.json'))).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).warnings).toEqual([]);
    const csv = await cli('report', fixturePath('clean'), '--format', 'csv', '--out', join(dir, 'r.csv'));
    expect(csv.stdout).toBe(`wrote ${join(dir, 'r.touchpoints.csv')}\nwrote ${join(dir, 'r.pain-points.csv')}\n`);
  });

  it('refuses unknown formats, missing files and writing over the input, in one line', async () => {
    const pdf = await cli('report', fixturePath('clean'), '--format', 'pdf');
    expect(pdf).toMatchObject({ code: 2, stdout: '' });
    expect(pdf.stderr).toBe('journey-studio report: unknown --format "pdf"; choose one of: json, md, html, csv\n');
    const missing = await cli('report', 'nope.journey');
    expect(missing.stderr).toBe('journey-studio report: cannot read nope.journey: the file does not exist\n');
    const input = fixturePath('clean');
    const over = await cli('report', input, '--out', input);
    expect(over.code).toBe(2);
    // Paths inside the working folder are shown relative, as the user typed them.
    expect(over.stderr).toBe(
      `journey-studio report: refusing to write ${relative(process.cwd(), input)}: it is the input file\n`,
    );
  });

  it('is listed in the usage', async () => {
    const help = (await cli('--help')).stdout;
    expect(help).toContain('journey-studio report <file>');
    expect(help).toContain('journey-studio export <file> --format png|svg|pdf|html|md|csv|json|mermaid --out <path>');
  });
});
