/**
 * A .journey file's problems in the app's language (shared/model/problemText.ts): the same
 * problems the command line prints in English, worded by code in English, Simplified and
 * Traditional Chinese.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { createTranslator } from '../../../shared/i18n/translate';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { zhTW } from '../../../shared/i18n/zh-TW';
import { formatProblem, loadJourneyText, serializeJourneyV2, type Problem } from '../../../shared/model';
import { problemIn } from '../../../shared/model/problemText';
import {
  createConnectionV2,
  createJourneyV2,
  createLane,
  createStep,
  createTouchpointV2,
} from '../../../shared/model/v2';
import { parseJourneyBytes } from '../../../renderer/host/parseJourneyBytes';

const BROKEN = fileURLToPath(new URL('../../fixtures/broken/', import.meta.url));

function brokenProblems(name: string): Problem[] {
  const bytes = readFileSync(`${BROKEN}${name}`);
  const result = parseJourneyBytes(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (result.ok) throw new Error(`${name} loaded`);
  return result.problems;
}

function problemsOf(text: string): Problem[] {
  const result = loadJourneyText(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

/** A version 2 map broken against every rule a schema cannot say, and against the schema. */
function ruleProblems(): Problem[] {
  const journey = createJourneyV2({ title: 'Broken', now: new Date('2026-01-01T00:00:00Z') });
  const stage = 'stage-a';
  const lane = journey.lanes[0]!.id;
  const backstage = createLane('backstage', { id: 'lane-back', name: 'Back' });
  const a = createTouchpointV2(stage, lane, { id: 'tp-a' });
  const b = createTouchpointV2(stage, 'lane-back', { id: 'tp-b', emotions: { 'persona-gone': 1 } });
  const step = createStep(stage, lane, { id: 'step-a' });
  const doc = {
    ...journey,
    stages: [{ id: stage, name: 'A' }],
    lanes: [...journey.lanes, backstage],
    touchpoints: [a, b, { ...a, id: 'tp-c', laneId: 'lane-gone', channel: 'email' }],
    steps: [step],
    connections: [
      createConnectionV2('tp-a', 'tp-a'),
      createConnectionV2('tp-a', 'tp-b'),
      createConnectionV2('tp-a', 'tp-b'),
    ],
  };
  const schemaBroken = JSON.parse(serializeJourneyV2(doc)) as Record<string, unknown>;
  return [
    ...problemsOf(serializeJourneyV2(doc)),
    ...problemsOf(JSON.stringify({ ...schemaBroken, lanes: [], title: ['x'], version: 2 })),
    ...problemsOf(
      JSON.stringify({ ...schemaBroken, lanes: [{ ...backstage, kind: 'touchpoints' }, { ...backstage }] }),
    ),
  ];
}

const brokenFiles = readdirSync(BROKEN).filter((name) => name.endsWith('.journey'));
const found = [...brokenFiles.flatMap(brokenProblems), ...ruleProblems()];
const coded = found.filter((p) => p.code !== undefined);

describe('a .journey file’s problems', () => {
  it('read in English through the catalogue exactly as the command line prints them', () => {
    expect(coded.length).toBeGreaterThan(30);
    const english = createTranslator('en');
    expect(found.map((p) => problemIn(p, english))).toEqual(found.map(formatProblem));
  });

  it('have a code for every problem of the broken fixtures and of the rules', () => {
    expect(found.filter((p) => p.code === undefined).map(formatProblem)).toEqual([]);
    const codes = new Set(coded.map((p) => p.code));
    for (const code of [
      'noPersona',
      'noLane',
      'touchpointInStepLane',
      'stepInTouchpointLane',
      'selfLoop',
      'repeatedConnection',
      'atLeastOneEntryCounted',
      'wrongType',
      'required',
      'notJson',
    ])
      expect(codes, code).toContain(code);
  });

  it('have words in all three catalogues for every code', () => {
    const codes = Object.keys(en.fileProblem);
    for (const catalogue of [zhCN, zhTW]) {
      expect(Object.keys(catalogue.fileProblem).sort()).toEqual([...codes].sort());
      for (const group of ['actual', 'expected', 'typeName'] as const)
        expect(Object.keys(catalogue.fileProblem[group]).sort()).toEqual(Object.keys(en.fileProblem[group]).sort());
    }
    for (const problem of coded) expect(codes, problem.code).toContain(problem.code);
  });

  it('are in Simplified Chinese with their field paths, in the app', () => {
    const zh = createTranslator('zh-CN');
    expect(brokenProblems('dangling-references.journey').map((p) => problemIn(p, zh))).toEqual(
      expect.arrayContaining([
        'touchpoints[0].stageId：没有 ID 为“stage-gone”的阶段',
        'touchpoints[1].channel：“carrier-pigeon”既不是内置渠道，也不是文件中定义的渠道',
      ]),
    );
    expect(brokenProblems('wrong-types.journey').map((p) => problemIn(p, zh))).toEqual(
      expect.arrayContaining([
        'title：必须是文本，而不是数字 42',
        'stages[0].name：必须是文本，而不是空值（null）',
        'touchpoints[0].momentOfTruth：必须是布尔值，而不是文本 "yes"',
      ]),
    );
    expect(brokenProblems('missing-fields.journey').map((p) => problemIn(p, zh))).toContain('stages：必填（列表）');
    expect(problemIn(brokenProblems('empty.journey')[0]!, zh)).toBe('文件是空的');
  });

  it('are in Traditional Chinese too, and never English where a code has words', () => {
    const zh = createTranslator('zh-TW');
    expect(problemIn(brokenProblems('dangling-references.journey')[0]!, zh)).toBe(
      'touchpoints[0].stageId：沒有 ID 為「stage-gone」的階段',
    );
    for (const problem of coded) expect(problemIn(problem, zh)).not.toBe(formatProblem(problem));
  });

  it('keep their English message where a code or a value has no words', () => {
    const zh = createTranslator('zh-CN');
    const uncoded: Problem = { path: 'x', message: 'something new' };
    expect(problemIn(uncoded, zh)).toBe('x：something new');
    const oddType: Problem = {
      path: 'y',
      message: 'must be a bigint, not number 1',
      code: 'wrongType',
      values: { expected: 'bigint', actualKind: 'number', actual: '1' },
    };
    expect(problemIn(oddType, zh)).toBe('y：must be a bigint, not number 1');
  });
});
