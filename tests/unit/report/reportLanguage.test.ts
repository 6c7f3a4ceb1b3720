/**
 * Reports in the reader's language (`report` and `export --lang`): headings, table headers,
 * warnings, built-in names and dates translated, the user's text never. English is what the
 * other report tests pin byte for byte; the catalogue test checks that zh-CN and zh-TW have
 * every reportFile and reportDoc key.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeReport, renderReportCsv, renderReportMarkdown, reportWordsFor } from '../../../shared/report';
import { cli } from '../../helpers/runCliInProcess';
import { dental, fixturePath } from './fixtureJourneys';
import { parseCsv } from './markupChecks';

const LANGUAGES = [
  {
    lang: 'zh-CN',
    title: '# 客户体验报告：Dental check-up',
    warnings: '## 警示',
    inPerson: '线下面对面',
    stageColumn: '阶段',
    csvHeader: ['阶段', '阶段 ID', '触点 ID', '标题'],
  },
  {
    lang: 'zh-TW',
    title: '# 客戶體驗報告：Dental check-up',
    warnings: '## 警示',
    inPerson: '面對面',
    stageColumn: '階段',
    csvHeader: ['階段', '階段 ID', '觸點 ID', '標題'],
  },
] as const;

describe.each(LANGUAGES)('the $lang report', ({ lang, title, warnings, inPerson, stageColumn, csvHeader }) => {
  const journey = dental();
  const words = reportWordsFor(lang);
  const md = renderReportMarkdown(journey, computeReport(journey), words);

  it('has its headings, table headers and built-in names in that language', () => {
    expect(md.startsWith(`${title}\n`)).toBe(true);
    expect(md).toContain(`\n${warnings}\n`);
    expect(md).toContain(`| ${stageColumn} |`);
    expect(md).toContain(inPerson);
    for (const english of ['## Warnings', '## Stages', '| Stage |', 'None recorded.', 'In person', '| direct |']) {
      expect(md).not.toContain(english);
    }
  });

  it('keeps the user text as it is and the warning codes as ids', () => {
    expect(md).toContain('Waiting room');
    expect(md).toContain('Waited 40 minutes past the appointment');
    expect(md).toContain('**delight-on-broken-base**');
    expect(md).not.toContain('has delight touchpoints');
  });

  it('writes CSV headers and cell words in that language', () => {
    const tables = renderReportCsv(journey, computeReport(journey), words);
    const rows = parseCsv(tables.touchpoints);
    expect(rows[0]!.slice(0, 4)).toEqual(csvHeader);
    expect(rows.slice(1).some((row) => row.includes(inPerson))).toBe(true);
    expect(tables.touchpoints).not.toContain('severity ');
  });

  it('comes from the command line with --lang', async () => {
    const result = await cli('report', fixturePath('dental-warnings'), '--format', 'md', '--lang', lang);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(md);
  });

  it('dates the HTML export the way the language writes dates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'js-lang-'));
    const out = join(dir, 'r.html');
    const result = await cli(
      'export',
      fixturePath('dental-warnings'),
      '--format',
      'html',
      '--out',
      out,
      '--lang',
      lang,
    );
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(html).not.toContain('Report generated');
  });
});

describe('--lang', () => {
  it('keeps the JSON contract in English', async () => {
    const english = await cli('report', fixturePath('dental-warnings'));
    const chinese = await cli('report', fixturePath('dental-warnings'), '--lang', 'zh-CN');
    expect(chinese.stdout).toBe(english.stdout);
  });

  it('refuses a language it has no words for, in one line', async () => {
    const result = await cli('report', fixturePath('clean'), '--lang', 'fr');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('journey-studio report: unknown language "fr"; choose one of: en, zh-CN, zh-TW\n');
  });
});
