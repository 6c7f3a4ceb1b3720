/** XLSX import: the first sheet through the same column rules, row numbers as Excel shows them. */
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { detectImportFormat, formatImportProblem } from '../../../shared/import';
import { bytesOf, imported, problemsOf } from './importHelpers';

async function workbook(rows: (string | number | boolean | null)[][]): Promise<Uint8Array> {
  return new Uint8Array(await writeXlsxFile(rows).toBuffer());
}

const XLSX = { format: 'xlsx' } as const;

describe('XLSX import', () => {
  it('reads the first sheet: Chinese headers, numbers as numbers, empty cells', async () => {
    const bytes = await workbook([
      ['阶段', '触点', '渠道', '情绪', '痛点', '严重程度'],
      ['到店', '取号', '线下面对面', -1, '排队太久', 4],
      ['到店', null, null, null, '没有座位', 3],
      ['离店', '付款', '移动应用', 2, null, null],
    ]);
    expect(detectImportFormat('visit.xlsx', bytes)).toBe('xlsx');
    expect(detectImportFormat('no-extension', bytes)).toBe('xlsx');
    const { journey } = await imported(bytes, { ...XLSX, lang: 'zh-CN' });
    expect(journey.stages.map((s) => s.name)).toEqual(['到店', '离店']);
    expect(
      journey.touchpoints.map((t) => [t.title, t.channel, Object.values(t.emotions)[0], t.painPoints.length]),
    ).toEqual([
      ['取号', 'in-person', -1, 2],
      ['付款', 'mobile-app', 2, 0],
    ]);
  });

  it('reports bad cells by the row number Excel shows', async () => {
    const bytes = await workbook([
      ['Touchpoint', 'Emotion'],
      ['a', 1],
      ['b', 7],
    ]);
    const problems = await problemsOf(bytes, XLSX);
    expect(problems.map(formatImportProblem)).toEqual([
      'line 3, column "Emotion", value "7": emotion must be a whole number from -2 to 2',
    ]);
  });

  it('refuses a file that is no workbook', async () => {
    const [problem] = await problemsOf(bytesOf('Touchpoint\nx\n'), XLSX);
    expect(problem!.message).toBe('the file is not an Excel workbook (.xlsx)');
    const broken = await workbook([['Touchpoint'], ['x']]);
    const [damaged] = await problemsOf(broken.slice(0, 200), XLSX);
    expect(damaged!.message).toMatch(/^the workbook cannot be read: /);
  });
});
