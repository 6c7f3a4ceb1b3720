/** The per-persona figures and root causes as report blocks, on the hand-worked fixture. */
import { describe, expect, it } from 'vitest';
import { computeReport, ENGLISH_REPORT_WORDS } from '../../../shared/report';
import {
  blocksMarkdown,
  hasBlueprintSteps,
  personaFigureBlocks,
  rootCauseBlocks,
} from '../../../shared/report/personaBlocks';
import { reportWordsFor } from '../../../shared/report/reportWords';
import { personasBlueprint } from './fixtureJourneys';

const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((c) => c.text));

describe('personaFigureBlocks', () => {
  const journey = personasBlueprint();
  const report = computeReport(journey);

  it("tabulates each persona's average and lowest-rated touchpoint, and the averages by stage", () => {
    const [personas, byStage] = personaFigureBlocks(journey, report, ENGLISH_REPORT_WORDS);
    if (personas?.kind !== 'table' || byStage?.kind !== 'table') throw new Error('tables expected');
    expect(personas.caption).toBe('Personas');
    expect(personas.columns.map((c) => c.label)).toEqual(['Persona', 'Average emotion', 'Lowest-rated touchpoint']);
    // Ben's -1/3 to two decimals; Cy rated nothing.
    expect(texts(personas.rows)).toEqual([
      ['Ana', '-1', 'Opens the shop'],
      ['Ben', '-0.33', 'Sees an ad'],
      ['Cy', '—', '—'],
    ]);
    expect(personas.rows[0]![2]!.sub).toBe('Find');
    expect(personas.rows[2]![0]!.sub).toBe('Never got past the ad.');
    expect(byStage.columns.map((c) => c.label)).toEqual(['Stage', 'Ana', 'Ben', 'Cy']);
    expect(texts(byStage.rows)).toEqual([
      ['Find', '-0.5', '-1', '—'],
      ['Buy', '-2', '0', '—'],
      ['Use', '—', '—', '—'],
    ]);
  });

  it('adds nothing for a journey of one persona', () => {
    const one = { ...journey, personas: journey.personas.slice(0, 1) };
    expect(personaFigureBlocks(one, computeReport(one), ENGLISH_REPORT_WORDS)).toEqual([]);
  });
});

describe('rootCauseBlocks', () => {
  const journey = personasBlueprint();
  const report = computeReport(journey);

  it('names each root cause’s steps with their lanes', () => {
    const [table] = rootCauseBlocks(journey, report, ENGLISH_REPORT_WORDS);
    if (table?.kind !== 'table') throw new Error('table expected');
    expect(texts(table.rows)).toEqual([
      ['1', '5', 'Card declined twice', 'Pays', 'Payment gateway (Support processes), Checkout page (Frontstage)'],
      ['2', '4', 'Product page 404', 'Opens the shop', 'Catalogue sync (Backstage)'],
      ['3', '4', 'Payment page takes 20 s', 'Pays', 'Payment gateway (Support processes), Checkout page (Frontstage)'],
    ]);
    expect(table.rows[0]![1]).toMatchObject({ severity: 5, sub: 'Critical' });
  });

  it("uses a lane's kind when it has no name, in the reader's language", () => {
    const unnamed = { ...journey, lanes: journey.lanes.map((l) => ({ ...l, name: '' })) };
    const [table] = rootCauseBlocks(unnamed, computeReport(unnamed), reportWordsFor('zh-CN'));
    if (table?.kind !== 'table') throw new Error('table expected');
    expect(table.caption).toBe('根本原因：严重痛点及其背后的蓝图步骤');
    expect(table.rows[1]![4]!.text).toBe('Catalogue sync（后台）');
  });

  it('says there are none on a blueprint without them, and adds nothing on a journey without blueprint steps', () => {
    const calm = { ...journey, connections: [] };
    expect(rootCauseBlocks(calm, computeReport(calm), ENGLISH_REPORT_WORDS)).toEqual([
      {
        kind: 'empty',
        caption: expect.stringContaining('Root causes'),
        text: expect.stringContaining('No pain point'),
      },
    ]);
    const noBlueprint = { ...journey, steps: journey.steps.filter((s) => s.laneId === 'l-act') };
    expect(hasBlueprintSteps(noBlueprint)).toBe(false);
    expect(rootCauseBlocks(noBlueprint, computeReport(noBlueprint), ENGLISH_REPORT_WORDS)).toEqual([]);
  });
});

describe('blocksMarkdown', () => {
  it('writes each block as a captioned table with the user’s text escaped', () => {
    const journey = personasBlueprint();
    const hostile = {
      ...journey,
      personas: journey.personas.map((p, i) => (i === 0 ? { ...p, name: 'A|n*a' } : p)),
    };
    const report = computeReport(hostile);
    const escape = (text: string) => text.replace(/[|*]/g, (c) => `\\${c}`);
    const lines = blocksMarkdown(personaFigureBlocks(hostile, report, ENGLISH_REPORT_WORDS), escape);
    expect(lines.slice(0, 5)).toEqual([
      '## Personas',
      '',
      '| Persona | Average emotion | Lowest-rated touchpoint |',
      '| --- | ---: | --- |',
      '| A\\|n\\*a | -1 | Opens the shop |',
    ]);
    const empty = blocksMarkdown([{ kind: 'empty', caption: 'Root causes', text: 'None.' }], escape);
    expect(empty).toEqual(['## Root causes', '', 'None.', '']);
  });
});
