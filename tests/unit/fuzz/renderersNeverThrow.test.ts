/**
 * Property: the report and the static SVG renderer accept every valid journey without
 * throwing, the SVG is well-formed XML, and no text from the file comes out as markup,
 * a script, an event handler or a spreadsheet formula.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadJourneyText, serializeJourney, type Journey } from '../../../shared/model';
import { renderJourneySvg } from '../../../shared/render';
import {
  computeReport,
  renderReportCsv,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  ENGLISH_REPORT_WORDS,
} from '../../../shared/report';
import { liveTags, parseCsv } from '../report/markupChecks';
import { SEEDS } from './journeyArbitraries';
import { journeyV2Arbitrary } from './journeyV2Arbitraries';
import { assertNoPrototypePollution } from './prototypeGuard';
import { elementNames, xmlProblems } from './xmlWellFormed';

/** Thousands of generated cases take longer than the default 20 s on a busy machine. */
const LONG_PROPERTY_TIMEOUT = 90_000;

const RUNS = 1000;
/** Elements that could run code or fetch something; the renderer never needs them. */
const ACTIVE_ELEMENTS = [
  'script',
  'foreignObject',
  'iframe',
  'object',
  'embed',
  'image',
  'img',
  'a',
  'animate',
  'set',
  'use',
  'link',
  'base',
  'form',
];
/** Every element the HTML report is made of (its own markup and the embedded SVG). */
const REPORT_ELEMENTS = new Set(
  'b body caption circle code defs div figcaption figure g h1 h2 h3 head header html li line marker meta p path polygon rect section span strong style svg table tbody td text th thead title tr ul'.split(
    ' ',
  ),
);
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?%?$/i;
/** File text that would be a tag if it came out unescaped (long enough not to match our own tags by chance). */
const looksLikeMarkup = (text: string) => text.length >= 12 && /<[A-Za-z!/?]/.test(text);

afterEach(assertNoPrototypePollution);

/** Through the real loader, as every view and export receives it. */
function load(journey: Journey): Journey {
  const loaded = loadJourneyText(serializeJourney(journey));
  if (!loaded.ok) throw new Error('the arbitrary made an invalid journey');
  return loaded.journey;
}

/** Every distinct string in the document that would be markup if it came out unescaped. */
function markupStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (looksLikeMarkup(value)) out.add(value);
  } else if (Array.isArray(value)) value.forEach((v) => markupStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => markupStrings(v, out));
  return out;
}

function expectNoActiveMarkup(markup: string): void {
  expect(liveTags(markup)).toEqual([]);
  const names = elementNames(markup);
  for (const name of ACTIVE_ELEMENTS) expect(names.has(name), `<${name}>`).toBe(false);
}

/**
 * Renders every output and checks it. `perString` also looks for each markup-like string of
 * the file in the outputs (skipped for huge documents, where it would take minutes).
 */
function renderEverything(journey: Journey, perString = true): void {
  const risky = perString ? [...markupStrings(journey)] : [];
  const report = computeReport(journey);
  expect(JSON.parse(renderReportJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  for (const theme of ['light', 'dark'] as const) {
    const map = renderJourneySvg(journey, { theme });
    expect(Number.isFinite(map.width) && Number.isFinite(map.height)).toBe(true);
    expect(xmlProblems(map.svg)).toEqual([]);
    expectNoActiveMarkup(map.svg);
    for (const text of risky) expect(map.svg.includes(text), text).toBe(false);
  }
  const html = renderReportHtml(journey, report);
  expectNoActiveMarkup(html);
  expect([...elementNames(html)].filter((name) => !REPORT_ELEMENTS.has(name))).toEqual([]);
  const markdown = renderReportMarkdown(journey, report, ENGLISH_REPORT_WORDS);
  expect(markdown).not.toMatch(/<[A-Za-z!/?]/);
  for (const text of risky) expect(html.includes(text), text).toBe(false);
  const tables = renderReportCsv(journey, report, ENGLISH_REPORT_WORDS);
  const cells = [...parseCsv(tables.touchpoints), ...parseCsv(tables.painPoints)].flat();
  expect(cells.filter((c) => FORMULA_START.test(c) && !NUMBER.test(c.trim()) && !c.startsWith("'"))).toEqual([]);
}

describe('the report and the static renderer', { timeout: LONG_PROPERTY_TIMEOUT }, () => {
  it(`render ${RUNS} generated journeys without throwing, well-formed and inert`, () => {
    fc.assert(
      fc.property(journeyV2Arbitrary(), (journey) => renderEverything(load(journey))),
      { seed: SEEDS.renderers, numRuns: RUNS },
    );
  });

  it('handle empty stages, no touchpoints and no stages at all', () => {
    const [base] = fc.sample(journeyV2Arbitrary(), { seed: SEEDS.renderers, numRuns: 1 });
    renderEverything(load({ ...base!, stages: [], touchpoints: [], steps: [], connections: [] }));
    renderEverything(
      load({
        ...base!,
        stages: [
          { id: 'a', name: '' },
          { id: 'b', name: 'Empty' },
        ],
        touchpoints: [],
        steps: [],
        connections: [],
      }),
    );
  });

  const bigJourney = (text: string, painCount: number, painText: (i: number) => string): Journey =>
    load({
      format: 'journey-studio',
      version: 2,
      id: 'big',
      title: text,
      description: text,
      personas: [
        { id: 'persona-1', name: text, description: text, goals: [text], needs: [text], expectations: [text] },
      ],
      stages: [
        { id: 's1', name: text, customerGoal: text },
        { id: 's2', name: '\u202eRTL override \u200f' },
      ],
      lanes: [{ id: 'lane-1', name: text, kind: 'touchpoints' }],
      channels: [{ id: 'kiosk', name: text }],
      touchpoints: Array.from({ length: 6 }, (_, t) => ({
        id: `t${t}`,
        stageId: t < 3 ? 's1' : 's2',
        laneId: 'lane-1',
        title: text,
        description: text,
        channel: t % 2 ? 'kiosk' : 'website',
        tier: (['utility', 'usability', 'delight'] as const)[t % 3]!,
        emotions: { 'persona-1': (t % 5) - 2 },
        momentOfTruth: t === 0,
        painPoints: Array.from({ length: Math.ceil(painCount / 6) }, (_, i) => ({
          id: `p${t}-${i}`,
          text: painText(t * 1000 + i),
          severity: (i % 5) + 1,
          source: 'direct' as const,
          evidence: painText(i),
        })),
        opportunities: [{ id: `o${t}`, text, impact: 5, effort: 1, owner: text, status: 'idea' as const }],
        metrics: [
          {
            id: `m${t}`,
            kpi: 'nps' as const,
            label: text,
            unit: text,
            baseline: 1,
            current: 2,
            target: 3,
            higherIsBetter: true,
          },
        ],
        owner: text,
        notes: text,
        position: { x: 24, y: 24 + t * 150 },
      })),
      steps: [],
      connections: [{ id: 'c1', from: 't0', to: 't5', label: text }],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });

  it('handle thousands of pain points', () => {
    const journey = bigJourney('Checkout', 3000, (i) =>
      i % 2 ? `<img src=x onerror="window.__pwned=${i}">` : `ألم رقم ${i} 😖 שלום`,
    );
    expect(computeReport(journey).totals.painPoints).toBe(3000);
    renderEverything(journey, false);
  });

  it('handle 10,000-character titles with emoji, right-to-left text and markup everywhere', () => {
    // Cut by characters, not UTF-16 units: version 2 text is well-formed (no half of an emoji).
    const long = Array.from('مرحبا 👩🏽‍💻 שלום <b onmouseover=x>x</b> & '.repeat(300)).slice(0, 10_000).join('');
    renderEverything(
      bigJourney(long, 12, () => long),
      true,
    );
  });
});
