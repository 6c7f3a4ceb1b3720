/**
 * The HTML and Markdown reports as deliverables (issue 17): the same findings as the PDF (the
 * persona, stage goals, pain points with evidence, opportunity owners, KPIs with units, the
 * warnings in plain words), and the HTML shows no internal ids or warning codes and prints
 * whole: its map is in parts at page width, never in a scroll box.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import type { Journey } from '../../../shared/model';
import {
  computeReport,
  formatWithUnit,
  renderReportHtml,
  renderReportMarkdown,
  reportWordsFrom,
  ENGLISH_REPORT_WORDS,
} from '../../../shared/report';
import { findTemplate } from '../../../shared/templates';
import { dental } from './fixtureJourneys';

const restaurant = (lang: 'en' | 'zh-CN' = 'en'): Journey => findTemplate('restaurant')!.build({ lang });
const html = (journey: Journey, options: Parameters<typeof renderReportHtml>[2] = {}) =>
  renderReportHtml(journey, computeReport(journey), options);
/** The page's words, without tags and with entities read back. */
const textOf = (markup: string) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('the HTML report', () => {
  const journey = restaurant();
  const page = html(journey, { generatedAt: '2026-03-01' });
  const text = textOf(page);

  it('shows no internal ids and no warning codes, only plain words', () => {
    const ids = [
      journey.id,
      ...journey.stages.map((s) => s.id),
      ...journey.touchpoints.flatMap((tp) => [
        tp.id,
        ...tp.painPoints.map((p) => p.id),
        ...tp.metrics.map((m) => m.id),
      ]),
    ];
    for (const id of ids) expect(text, id).not.toContain(id);
    expect(page).not.toMatch(/delight-on-broken-base|single-channel-stage|unmeasured-moment-of-truth/);
    expect(page).not.toContain('<code>');
    expect(text).toContain(
      'Stage "Arrive" has delight touchpoints while utility touchpoint "Is the booked table ready?" has a pain point of severity 4: fix the base first.',
    );
  });

  it('carries the findings: persona, stage goals, evidence, sources, owners, statuses and KPI units', () => {
    for (const finding of [
      'Persona: Maya, the dinner organiser',
      'Goals: A relaxed evening where everyone eats well · Find a place worth recommending',
      'Secure a table for six on Friday at 7:30 pm.',
      'The booked table is still taken; the group waits 20 minutes at the bar',
      'Mystery shopper: 3 of 8 weekend visits waited over 15 minutes despite a booking',
      'Restaurant manager Planned',
      'Marketing In progress',
      'Menu page bounce rate (mobile) 68% 61% 40% -7% 25%',
      'Average spend per guest $38 $41 $45 +$3',
      '40 mentions 55 mentions 80 mentions +15 mentions',
    ])
      expect(text).toContain(finding);
  });

  it('prints whole: the map in parts at page width, no scroll box, print rules that keep parts and rows together', () => {
    expect(page).not.toMatch(/overflow\s*:\s*(auto|scroll|hidden)/);
    // On screen nothing caps the map's height; in print a part is kept to one page.
    const screen = page.slice(page.indexOf('<style>'), page.indexOf('@media print'));
    expect(screen).not.toContain('max-height');
    expect(page).toMatch(/@media print\{[^]*\.map-part[^{]*\{break-inside:avoid/);
    expect(page).toContain('thead{display:table-header-group}');
    const parts = [...page.matchAll(/<figure class="map-part" style="width:([\d.]+)%;max-width:(\d+)px">/g)];
    expect(parts.length).toBe(2);
    // One scale for both parts: each takes the share of the width its own width is of the widest.
    const [a, b] = parts.map((m) => ({ share: Number(m[1]), width: Number(m[2]) }));
    expect(Math.max(a!.share, b!.share)).toBe(100);
    expect(a!.share / 100).toBeCloseTo(a!.width / Math.max(a!.width, b!.width), 2);
    expect(text).toContain('Journey map: stages 1–3 of 6');
    expect(text).toContain('Journey map: stages 4–6 of 6');
  });

  it('keeps a map that fits in one piece, as before', () => {
    expect(html(dental()).match(/<figure class="map-part"/g)).toHaveLength(1);
  });

  it('is in the reader’s language and theme', () => {
    const zh = html(restaurant('zh-CN'), { words: reportWordsFrom(createTranslator('zh-CN'), 'zh-CN'), theme: 'dark' });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<title>客户体验报告：');
    expect(zh).toContain('痛点（按严重程度排序）');
    expect(zh).toContain('aria-label="客户体验金字塔"');
    expect(zh).toContain('>实用</text>');
    expect(zh).not.toContain('Pain points, most severe first');
    // Dark page, dark map and charts on screen; printed on paper in light colours.
    expect(zh).toContain(':root{--bg:#18181b');
    expect(zh).toMatch(/@media print\{\n:root\{--bg:#fff/);
    expect(zh).toContain('fill="#18181b" rx="8"');
  });
});

describe('the Markdown report', () => {
  const journey = restaurant();
  const md = renderReportMarkdown(journey, computeReport(journey), ENGLISH_REPORT_WORDS);

  it('carries the same findings', () => {
    expect(md).toContain('## Persona: Maya, the dinner organiser');
    expect(md).toContain('- **Goals**: A relaxed evening where everyone eats well · Find a place worth recommending');
    expect(md).toContain('| Secure a table for six on Friday at 7:30 pm. |');
    expect(md).toContain('| Mystery shopper: 3 of 8 weekend visits waited over 15 minutes despite a booking |');
    expect(md).toMatch(/\| Stagger weekend booking slots[^\n]*\| Restaurant manager \|/);
    expect(md).toContain('| Menu page bounce rate (mobile) | 68% | 61% | 40% | -7% | 25% |');
    expect(md).toContain('| Average spend per guest | $38 | $41 | $45 | +$3 |');
  });
});

describe('KPI values with their unit', () => {
  it('puts a unit where it is written: %, currency before, words after a space', () => {
    expect(formatWithUnit(68, '%')).toBe('68%');
    expect(formatWithUnit(-7, '%', true)).toBe('-7%');
    expect(formatWithUnit(41, '$')).toBe('$41');
    expect(formatWithUnit(3, '$', true)).toBe('+$3');
    expect(formatWithUnit(-3, '€', true)).toBe('-€3');
    expect(formatWithUnit(25, 'min')).toBe('25 min');
    expect(formatWithUnit(15, 'mentions', true)).toBe('+15 mentions');
    expect(formatWithUnit(4.5, ' ')).toBe('4.5');
    expect(formatWithUnit(null, '%')).toBe('—');
  });
});
