/** CSV import: headers in three languages, the row rules, every bad cell at once, hostile bytes. */
import { describe, expect, it } from 'vitest';
import {
  detectMapping,
  formatImportProblem,
  importTable,
  parseCsvTable,
  type ColumnMapping,
} from '../../../shared/import';
import { validateJourneyV2 } from '../../../shared/model/v2';
import { bytesOf, csv, imported, problemsOf } from './importHelpers';

const CSV = { format: 'csv' } as const;

describe('CSV headers', () => {
  it.each([
    [
      'English',
      'Stage,Touchpoint,Channel,Tier,Emotion,Moment of truth,Pain point,Severity,Source,Owner,Notes,Description',
    ],
    ['Simplified Chinese', '阶段,触点,渠道,层级,情绪,关键时刻,痛点,严重程度,来源,负责人,备注,描述'],
    ['Traditional Chinese', '階段,觸點,通路,層級,情緒,關鍵時刻,痛點,嚴重程度,來源,負責人,備註,描述'],
  ])('are recognised in %s, in any case', async (_, header) => {
    const row = 'Visit,Waiting room,in-person,usability,-1,yes,Long wait,4,direct,Front desk,Busy at 9,At the clinic';
    const { journey } = await imported(csv(header.toUpperCase(), row), CSV);
    const [tp] = journey.touchpoints;
    expect(journey.stages.map((s) => s.name)).toEqual(['Visit']);
    expect(tp).toMatchObject({
      title: 'Waiting room',
      channel: 'in-person',
      tier: 'usability',
      momentOfTruth: true,
      owner: 'Front desk',
      notes: 'Busy at 9',
      description: 'At the clinic',
      painPoints: [{ text: 'Long wait', severity: 4, source: 'direct' }],
    });
    expect(Object.values(tp!.emotions)).toEqual([-1]);
    expect(validateJourneyV2(journey).ok).toBe(true);
  });

  it('is data: each column with its field and how sure the guess is', () => {
    const parsed = parseCsvTable('Phase,Title,Maya,Colour\nA,B,2,red\n');
    if (!parsed.ok) throw new Error('parse');
    expect(detectMapping(parsed.table.header, parsed.table.rows)).toEqual([
      { index: 0, header: 'Phase', field: 'stage', confidence: 'header' },
      { index: 1, header: 'Title', field: 'title', confidence: 'header' },
      { index: 2, header: 'Maya', field: 'persona', confidence: 'values' },
      { index: 3, header: 'Colour', field: 'ignore', confidence: 'none' },
    ]);
  });

  it('imports with a mapping the user changed', () => {
    const parsed = parseCsvTable('Step,What,Where\nA,Call us,phone\n');
    if (!parsed.ok) throw new Error('parse');
    const mapping: ColumnMapping[] = detectMapping(parsed.table.header, parsed.table.rows).map((m) =>
      m.header === 'Step'
        ? { ...m, field: 'stage', confidence: 'user' }
        : m.header === 'What'
          ? { ...m, field: 'title', confidence: 'user' }
          : { ...m, field: 'channel', confidence: 'user' },
    );
    const result = importTable(parsed.table, mapping);
    expect(result.ok && result.journey.touchpoints[0]).toMatchObject({ title: 'Call us', channel: 'phone' });
    const twice = importTable(
      parsed.table,
      mapping.map((m) => ({ ...m, field: 'title' })),
    );
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.problems[0]!.message).toMatch(
      /columns "Step", "What", "Where" are all touchpoint title; choose one/,
    );
  });

  it('needs a touchpoint column, and says which headers it saw', async () => {
    const [problem] = await problemsOf(csv('Stage,Colour', 'A,red'), CSV);
    expect(formatImportProblem(problem!)).toBe(
      'line 1: no column is the touchpoint (its title); name one "touchpoint", "title", "触点" or "觸點" (the headers are: "Stage", "Colour")',
    );
  });
});

describe('CSV rows', () => {
  it('keeps stages in order of first appearance and fills an empty stage from above', async () => {
    const { journey, notes } = await imported(csv('Stage,Touchpoint', 'B,one', 'A,two', ',three', 'B,four'), CSV);
    expect(journey.stages.map((s) => s.name)).toEqual(['B', 'A']);
    const stageOf = (title: string) =>
      journey.stages.find((s) => s.id === journey.touchpoints.find((t) => t.title === title)!.stageId)!.name;
    expect(stageOf('three')).toBe('A');
    expect(notes).toContain('rows with an empty stage were put in the stage above');
  });

  it('matches channels and tiers by id or by name in any language; other channels become custom', async () => {
    const { journey, notes } = await imported(
      csv(
        'Touchpoint,Channel,Tier',
        'a,Email,Delight',
        'b,电子邮件,易用',
        'c,電子郵件,utility',
        'd,Carrier pigeon,',
        'e,carrier pigeon,',
      ),
      CSV,
    );
    expect(journey.touchpoints.map((t) => t.channel).slice(0, 3)).toEqual(['email', 'email', 'email']);
    expect(journey.touchpoints.map((t) => t.tier).slice(0, 3)).toEqual(['delight', 'usability', 'utility']);
    expect(journey.channels).toEqual([{ id: journey.touchpoints[3]!.channel, name: 'Carrier pigeon' }]);
    expect(journey.touchpoints[4]!.channel).toBe(journey.touchpoints[3]!.channel);
    expect(notes).toContain('custom channels made: "Carrier pigeon"');
  });

  it('adds the pain point of a row without a touchpoint to the touchpoint above', async () => {
    const { journey } = await imported(
      csv('Touchpoint,Pain point,Severity', 'Checkout,Slow,2', ',Card refused,5', ',Lost basket,'),
      CSV,
    );
    expect(journey.touchpoints).toHaveLength(1);
    expect(journey.touchpoints[0]!.painPoints.map((p) => [p.text, p.severity])).toEqual([
      ['Slow', 2],
      ['Card refused', 5],
      ['Lost basket', 3],
    ]);
  });

  it('takes emotions as -2..2 or the scale words of the three languages, one persona per column', async () => {
    const { journey } = await imported(
      csv('Touchpoint,Emotion,Maya,Li Wei', 'a,+2,负面,非常正面', 'b,Very negative,0,負面'),
      CSV,
    );
    expect(journey.personas.map((p) => p.name)).toEqual(['Customer', 'Maya', 'Li Wei']);
    const [customer, maya, li] = journey.personas.map((p) => p.id);
    expect(journey.touchpoints.map((t) => [t.emotions[customer!], t.emotions[maya!], t.emotions[li!]])).toEqual([
      [2, -1, 2],
      [-2, 0, -1],
    ]);
  });

  it('makes lanes from a lane column, and steps where the lane is another kind', async () => {
    const { journey, notes } = await imported(
      csv(
        'Stage,Touchpoint,Lane,Channel',
        'A,Call,Phone line,phone',
        'A,Look up the order,Backstage,phone',
        'A,Ship,BACKSTAGE,',
        'A,Visit,,',
      ),
      { format: 'csv', lang: 'zh-CN' },
    );
    expect(journey.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Phone line', 'touchpoints'],
      ['Backstage', 'backstage'],
    ]);
    expect(journey.steps.map((s) => s.title)).toEqual(['Look up the order', 'Ship']);
    expect(journey.touchpoints.map((t) => t.title)).toEqual(['Call', 'Visit']);
    expect(notes.some((n) => n.startsWith('1 row in step lanes kept only'))).toBe(true);
  });

  it('stacks the cards of a cell in columns, so a cell of hundreds stays within the format', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `A,Card ${i}`);
    const { journey } = await imported(csv('Stage,Touchpoint', ...rows), CSV);
    expect(validateJourneyV2(journey).ok).toBe(true);
    const xs = new Set(journey.touchpoints.map((t) => t.position.x));
    expect(xs.size).toBe(3);
    expect(Math.max(...journey.touchpoints.map((t) => t.position.y))).toBeLessThanOrEqual(100_000);
  });

  it('names what it makes up in the language asked for', async () => {
    const { journey } = await imported(csv('触点,情绪', '下单,1'), { format: 'csv', lang: 'zh-TW' });
    expect(journey.lanes[0]!.name).toBe('觸點');
    expect(journey.stages[0]!.name).toBe('階段 1');
    expect(journey.personas[0]!.name).toBe('顧客');
  });
});

describe('CSV problems', () => {
  it('lists every bad cell at once with its line, column and value, counting lines as the file has them', async () => {
    const problems = await problemsOf(
      csv(
        'Touchpoint,Tier,Emotion,Severity,Pain point',
        '"Two',
        'lines",gold,3,,',
        'ok,utility,1,9,Slow',
        ',,,,'.replace(/^/, ''),
        'x,,,,',
      ),
      CSV,
    );
    expect(problems.map(formatImportProblem)).toEqual([
      'line 2, column "Tier", value "gold": tier must be utility, usability or delight',
      'line 2, column "Emotion", value "3": emotion must be a whole number from -2 to 2',
      'line 4, column "Severity", value "9": severity must be 1 to 5 or a severity name',
    ]);
  });

  it('reports a pain point with no touchpoint above, and a row with neither', async () => {
    const problems = await problemsOf(csv('Touchpoint,Pain point,Notes', ',Orphan,', 'a,,', ',,just a note'), CSV);
    expect(problems.map(formatImportProblem)).toEqual([
      'line 2, column "Touchpoint", value "": a pain point without a touchpoint needs a touchpoint in a row above',
      'line 4, column "Touchpoint", value "": the row has no touchpoint and no pain point',
    ]);
  });

  it('refuses a huge cell by its size', async () => {
    const [problem] = await problemsOf(csv('Touchpoint', 'x'.repeat(20_001)), CSV);
    expect(problem).toMatchObject({
      line: 2,
      column: 'Touchpoint',
      message: 'the cell has 20,001 characters; at most 20,000',
    });
    expect(formatImportProblem(problem!).length).toBeLessThan(200);
  });

  it('refuses bytes that are no text it can read, with a clear message', async () => {
    const [problem] = await problemsOf(new Uint8Array([0x54, 0x6f, 0x75, 0x63, 0x68, 0xff, 0xfe, 0xfd, 0x0a]), CSV);
    expect(problem!.message).toMatch(/not valid UTF-8 \(first invalid byte at offset 5\).*save it as UTF-8/);
  });
});

describe('CSV bytes', () => {
  it('reads a BOM and CRLF, and keeps formula-looking cells as text with a note', async () => {
    const { journey, notes } = await imported(bytesOf('\uFEFFTouchpoint,Notes\r\n=cmd|calc,@SUM(A1)\r\n'), CSV);
    expect(journey.touchpoints[0]).toMatchObject({ title: '=cmd|calc', notes: '@SUM(A1)' });
    expect(notes).toContain('cells that look like spreadsheet formulas were kept as text (lines 2)');
  });

  it('reads semicolon-separated files as European Excel saves them', async () => {
    const { journey } = await imported(bytesOf('Stage;Touchpoint\nA;Call, then wait\n'), CSV);
    expect(journey.touchpoints[0]!.title).toBe('Call, then wait');
  });

  it('decodes GB18030 and Big5 files saved by Excel, and says so', async () => {
    // "阶段,触点\n到店,取号\n" in GB18030, "階段,觸點\n到店,取號\n" in Big5.
    const gb = new Uint8Array([
      0xbd, 0xd7, 0xb6, 0xce, 0x2c, 0xb4, 0xa5, 0xb5, 0xe3, 0x0a, 0xb5, 0xbd, 0xb5, 0xea, 0x2c, 0xc8, 0xa1, 0xba, 0xc5,
      0x0a,
    ]);
    const big5 = new Uint8Array([
      0xb6, 0xa5, 0xac, 0x71, 0x2c, 0xc4, 0xb2, 0xc2, 0x49, 0x0a, 0xa8, 0xec, 0xa9, 0xb1, 0x2c, 0xa8, 0xfa, 0xb8, 0xb9,
      0x0a,
    ]);
    const fromGb = await imported(gb, CSV);
    expect(fromGb.journey.touchpoints[0]!.title).toBe('取号');
    expect(fromGb.journey.stages[0]!.name).toBe('到店');
    expect(fromGb.notes[0]).toMatch(/read as GB18030/);
    const fromBig5 = await imported(big5, { format: 'csv', lang: 'zh-TW' });
    expect(fromBig5.journey.touchpoints[0]!.title).toBe('取號');
    expect(fromBig5.notes[0]).toMatch(/read as Big5/);
  });
});
