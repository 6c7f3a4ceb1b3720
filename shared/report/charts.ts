/**
 * The report's two charts as SVG, in the reader's theme and language: the emotion curve and the
 * CX pyramid. Each draws its own background in the theme's page colour, so it reads the same
 * as an image in the app's report view, inline in the HTML report and on a PDF page.
 */
import { orderTouchpoints } from '../layout/journeyOrder';
import { MAP_THEMES, TIER_COLORS } from '../layout/tokens';
import { EMOTION_MAX, EMOTION_MIN } from '../model/catalogues';
import { personaLineStyles, type PersonaLineStyle } from '../layout/personaCurves';
import { emotionOf } from '../model/emotion';
import type { Journey } from '../model/types';
import { escapeXml } from '../render/escapeXml';
import { ellipsize, measureText } from '../render/textLayout';
import { emotionFill, num, svgRect, svgText } from '../render/svgParts';
import type { ReportWords } from './reportWords';
import type { Report } from './types';

export type ChartTheme = 'light' | 'dark';

export interface ChartOptions {
  words: ReportWords;
  theme: ChartTheme;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

function chart(width: number, height: number, label: string, theme: ChartTheme, body: string[]): ChartSvg {
  const open = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(label)}">`;
  const background = svgRect(0, 0, width, height, MAP_THEMES[theme].page, 'rx="8"');
  return { svg: `${open}${background}${body.join('')}</svg>`, width, height };
}

/** Emotion of every touchpoint in journey order, over bands that name the stages. */
export function emotionChartSvg(journey: Journey, options: ChartOptions & { width?: number }): ChartSvg {
  const { words, theme: themeName } = options;
  const theme = MAP_THEMES[themeName];
  const bands = [theme.bandFill, theme.laneFills[0]!];
  const width = options.width ?? 640;
  // With several personas, one line each in its colour and pattern (the map's), and a key below.
  const styles = personaLineStyles(journey.personas, themeName);
  const several = styles.length > 1;
  const height = several ? 262 : 240;
  const left = 40;
  const right = 12;
  const top = 14;
  const plotHeight = 170;
  const plotWidth = width - left - right;
  const ordered = orderTouchpoints(journey);
  const slot = ordered.length === 0 ? plotWidth : plotWidth / ordered.length;
  const yOf = (e: number) => top + ((EMOTION_MAX - e) / (EMOTION_MAX - EMOTION_MIN)) * plotHeight;
  const parts: string[] = [];
  let start = 0;
  journey.stages.forEach((stage, i) => {
    const count = ordered.filter((tp) => tp.stageId === stage.id).length;
    if (count === 0) return;
    const x = left + start * slot;
    parts.push(svgRect(x, top, count * slot, plotHeight, bands[i % 2]!));
    const name = ellipsize(stage.name.trim() || words.map.untitled, count * slot - 4, { fontSize: 11 });
    parts.push(
      svgText(name, x + (count * slot) / 2, top + plotHeight + 18, { size: 11, fill: theme.muted, anchor: 'middle' }),
    );
    start += count;
  });
  for (let e = EMOTION_MIN; e <= EMOTION_MAX; e++) {
    parts.push(
      `<line x1="${left}" y1="${num(yOf(e))}" x2="${width - right}" y2="${num(yOf(e))}" stroke="${theme.grid}"/>`,
      svgText(e > 0 ? `+${e}` : String(e), left - 8, yOf(e) + 4, { size: 11, fill: theme.muted, anchor: 'end' }),
    );
  }
  const r = Math.max(2, Math.min(5, slot / 3));
  let rated = 0;
  for (const style of styles.slice(0, several ? styles.length : 1)) {
    const points = ordered.flatMap((tp, i) => {
      const emotion = emotionOf(tp, style.personaId);
      return emotion === undefined ? [] : [{ x: left + (i + 0.5) * slot, y: yOf(emotion), emotion }];
    });
    rated += points.length;
    const stroke = several ? escapeXml(style.color) : theme.curveLine;
    if (points.length > 1) {
      const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('');
      const dash = several && style.dash ? ` stroke-dasharray="${style.dash}"` : '';
      parts.push(`<path d="${d}" fill="none" stroke="${stroke}" stroke-width="2.5" stroke-linejoin="round"${dash}/>`);
    }
    for (const p of points)
      parts.push(
        `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(r)}" fill="${several ? stroke : emotionFill(p.emotion)}" stroke="${theme.page}"/>`,
      );
  }
  if (several) parts.push(personaKeySvg(styles, left, height - 10, width - left - right, theme.text, words));
  if (rated === 0) {
    parts.push(
      svgText(words.translate('reportDoc.noEmotion'), left + plotWidth / 2, top + plotHeight / 2, {
        size: 13,
        fill: theme.muted,
        anchor: 'middle',
      }),
    );
  }
  return chart(width, height, words.map.emotionCurve, themeName, parts);
}

/** The personas' line samples and names in one row, names shortened to share the width. */
function personaKeySvg(
  styles: readonly PersonaLineStyle[],
  x0: number,
  y: number,
  width: number,
  fill: string,
  words: ReportWords,
): string {
  const sample = 22;
  const nameMax = Math.max(30, width / styles.length - sample - 14);
  let x = x0;
  return styles
    .map((style) => {
      const name = ellipsize(style.name.trim() || words.map.untitled, nameMax, { fontSize: 11 });
      const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
      const svg =
        `<line x1="${num(x)}" y1="${num(y - 4)}" x2="${num(x + sample - 4)}" y2="${num(y - 4)}" stroke="${escapeXml(style.color)}" stroke-width="2.5"${dash}/>` +
        svgText(name, x + sample, y, { size: 11, fill });
      x += sample + measureText(name, { fontSize: 11 }) + 14;
      return svg;
    })
    .join('');
}

/** The three tiers as a pyramid, utility at the base, each named with its touchpoint count beside it. */
export function pyramidChartSvg(report: Report, options: ChartOptions): ChartSvg {
  const { words, theme: themeName } = options;
  const theme = MAP_THEMES[themeName];
  const width = 380;
  const height = 220;
  const apex = { x: 110, y: 10 };
  const base = 210;
  const halfBase = 100;
  const tierHeight = (base - apex.y) / 3;
  const halfAt = (y: number) => ((y - apex.y) / (base - apex.y)) * halfBase;
  const parts: string[] = [];
  (['delight', 'usability', 'utility'] as const).forEach((tier, i) => {
    const y1 = apex.y + i * tierHeight;
    const y2 = y1 + tierHeight;
    const points = [
      [apex.x - halfAt(y1), y1],
      [apex.x + halfAt(y1), y1],
      [apex.x + halfAt(y2), y2],
      [apex.x - halfAt(y2), y2],
    ]
      .map(([x, y]) => `${num(x!)},${num(y!)}`)
      .join(' ');
    const middle = (y1 + y2) / 2;
    const labelX = apex.x + halfBase + 20;
    parts.push(
      `<polygon points="${points}" fill="${TIER_COLORS[tier].fill}" stroke="${theme.page}" stroke-width="2"/>`,
      svgText(String(report.pyramid[tier]), apex.x, middle + (i === 0 ? 14 : 6), {
        size: 16,
        fill: TIER_COLORS[tier].text,
        bold: true,
        anchor: 'middle',
      }),
      `<line x1="${num(apex.x + halfAt(middle) + 4)}" y1="${num(middle)}" x2="${num(labelX - 6)}" y2="${num(middle)}" stroke="${theme.grid}"/>`,
      svgText(ellipsize(words.map.tiers[tier], width - labelX, { fontSize: 14, bold: true }), labelX, middle + 5, {
        size: 14,
        fill: theme.text,
        bold: true,
      }),
    );
  });
  return chart(width, height, words.translate('report.pyramid'), themeName, parts);
}
