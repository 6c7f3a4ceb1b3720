/**
 * The PDF a consultant sends (issue 17), read back with poppler: the map first, its page-1 text
 * large enough to read on A4 and A3 (median word height from `pdftotext -bbox`), then the
 * findings a client acts on: pain points with evidence, opportunity owners, KPIs with their
 * units and targets, the stages' goals, the persona, the warnings in plain words, no codes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import type { Journey } from '../../../shared/model';
import { ENGLISH_REPORT_WORDS, reportWordsFrom } from '../../../shared/report';
import { findTemplate } from '../../../shared/templates';
import { buildExport } from '../../../electron/node/export/exportJourney';

const dir = mkdtempSync(join(tmpdir(), 'js-deliverable-'));
const DATE = new Date(2026, 2, 1);
const restaurant = (lang: 'en' | 'zh-CN' = 'en'): Journey => findTemplate('restaurant')!.build({ lang });

interface Word {
  page: number;
  text: string;
  height: number;
}

/** Every word of the PDF with its page and box height, from `pdftotext -bbox`. */
function words(path: string): Word[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out: Word[] = [];
  xhtml
    .split('<page ')
    .slice(1)
    .forEach((page, index) => {
      for (const m of page.matchAll(
        /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ))
        out.push({ page: index + 1, height: Number(m[2]) - Number(m[1]), text: m[3]! });
    });
  return out;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function pdf(journey: Journey, name: string, options: Parameters<typeof buildExport>[2]) {
  const result = await buildExport(journey, join(dir, name), options);
  const path = join(dir, name);
  writeFileSync(path, result.files[0]!.data);
  // -raw: text in the order it was drawn, so a table cell's lines stay together.
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
  return { path, text, flat: text.replace(/\s+/g, ' '), pages, words: words(path) };
}

describe('the PDF deliverable of the restaurant template', () => {
  it.each([
    ['a4', 'landscape'],
    ['a3', 'landscape'],
    ['a4', 'portrait'],
  ] as const)('on %s %s: page 1 is the map, its median word at least 7 pt high', async (page, orientation) => {
    const made = await pdf(restaurant(), `restaurant-${page}-${orientation}.pdf`, {
      format: 'pdf',
      page,
      orientation,
      date: DATE,
    });
    const first = made.words.filter((w) => w.page === 1);
    expect(first.length).toBeGreaterThan(50);
    expect(median(first.map((w) => w.height))).toBeGreaterThanOrEqual(7);
    // The map's first stage and card are on page 1, the title once (the page header, not the map too).
    const pageOne = made.pages[0]!.replace(/\s+/g, ' ');
    expect(pageOne).toContain('Discover');
    expect(pageOne).toContain('A friend raves about the');
    expect(pageOne.split('Dinner at Cedar & Salt')).toHaveLength(2);
    // Split between whole stages, every part named: all six stages are on the map pages.
    expect(made.flat).toMatch(/Journey map: stages 1–\d of 6/);
    for (const stage of ['Discover', 'Book', 'Arrive', 'Order and eat', 'Pay and leave', 'After the visit'])
      expect(made.flat).toContain(stage);
  });

  it('holds the findings a client acts on, in plain words', async () => {
    const made = await pdf(restaurant(), 'restaurant-findings.pdf', { format: 'pdf', date: DATE });
    const { flat } = made;
    // A pain point, its evidence and its source.
    expect(flat).toContain('The booked table is still taken; the group waits 20 minutes at the bar');
    expect(flat).toContain('Mystery shopper: 3 of 8 weekend visits waited over 15 minutes despite a booking');
    expect(flat).toContain('Severe');
    // Opportunities ranked, with their owners and statuses.
    expect(flat).toContain('Stagger weekend booking slots');
    expect(flat).toContain('Restaurant manager');
    expect(flat).toContain('In progress');
    // KPIs with the unit the user typed, baseline, current and target.
    expect(flat).toMatch(/Menu page bounce rate \(mobile\) 68% 61% 40% -7% 25%/);
    expect(flat).toMatch(/Average spend per guest \$38 \$41 \$45 \+\$3/);
    expect(flat).toContain('80 mentions');
    // The persona and each stage's goal.
    expect(flat).toContain('Persona: Maya, the dinner organiser');
    expect(flat).toContain('A relaxed evening where everyone eats well');
    expect(flat).toContain('Secure a table for six on Friday at 7:30 pm.');
    // Warnings in plain words, never their codes.
    expect(flat).toContain('has delight touchpoints while utility touchpoint');
    expect(flat).not.toMatch(/delight-on-broken-base|single-channel-stage|unmeasured-moment-of-truth/);
    // No internal ids anywhere.
    expect(flat).not.toMatch(/stage-discover|pain-greeted-1|opp-greeted-1|metric-menu-site-1/);
    // The findings come after the map, every page numbered.
    const findingsPage = made.pages.findIndex((p) => p.includes('Pain points, most severe first'));
    const lastMapPage = made.pages.findLastIndex((p) => p.includes('Journey map: stages'));
    expect(findingsPage).toBeGreaterThan(lastMapPage);
    expect(made.pages[0]).toContain(`page 1 of ${made.pages.length}`);
    // The findings pages read at body size too.
    const later = made.words.filter((w) => w.page > lastMapPage + 1);
    expect(Math.min(...later.map((w) => w.height))).toBeGreaterThanOrEqual(7);
  });

  it('keeps the findings after a tiled map', async () => {
    const made = await pdf(restaurant(), 'restaurant-tiled.pdf', { format: 'pdf', tile: true, date: DATE });
    expect(made.pages[0]).toMatch(/page 1 of \d+ \(row 1, column 1\)/);
    expect(made.flat).toContain('Opportunities, highest impact first');
  });

  it('speaks the words it is given: Chinese headings and plain-words warnings from the zh-CN catalogue', async () => {
    const zh = reportWordsFrom(createTranslator('zh-CN'), 'zh-CN');
    const made = await pdf(restaurant('zh-CN'), 'restaurant-zh.pdf', { format: 'pdf', date: DATE, words: zh });
    const text = made.text.replace(/\s+/g, '');
    for (const heading of ['痛点（按严重程度排序）', '改进机会（按影响排序）', '关键指标：改进前后', '负责人', '证据'])
      expect(text).toContain(heading);
    expect(text).toContain('旅程地图：第1–');
    expect(made.flat).not.toContain('Pain points, most severe first');
    // Without words the command line writes English.
    const english = await pdf(restaurant('zh-CN'), 'restaurant-zh-en.pdf', {
      format: 'pdf',
      date: DATE,
      words: ENGLISH_REPORT_WORDS,
    });
    expect(english.flat).toContain('Pain points, most severe first');
  });
});
