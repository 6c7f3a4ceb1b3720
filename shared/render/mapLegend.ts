/** The key under the map: tier badges, the moment-of-truth star, pain severities, emotion faces. */
import { EMOTION_COLORS, SEVERITY_COLORS, TIER_COLORS } from '../layout/tokens';
import { TIERS } from '../model/catalogues';
import type { MapRenderContext } from './context';
import { measureText } from './textLayout';
import { svgFace, svgPill, svgStar, svgText } from './svgParts';

interface LegendItem {
  width: number;
  draw(x: number, y: number): string;
}

const ROW = 28;
const SIZE = 12;

function label(text: string, fill: string): LegendItem {
  return {
    width: measureText(text, { fontSize: SIZE }) + 8,
    draw: (x, y) => svgText(text, x, y + 16, { size: SIZE, fill }),
  };
}

/** Items drawn side by side that never break across rows. */
function group(...items: LegendItem[]): LegendItem {
  return {
    width: items.reduce((sum, item) => sum + item.width, 0),
    draw: (x, y) => {
      let cx = x;
      return items
        .map((item) => {
          const svg = item.draw(cx, y);
          cx += item.width;
          return svg;
        })
        .join('');
    },
  };
}

function legendGroups(ctx: MapRenderContext): LegendItem[] {
  const { theme, labels } = ctx;
  const tiers = TIERS.map((tier): LegendItem => {
    const width = measureText(labels.tiers[tier], { fontSize: 11, bold: true }) + 16;
    return {
      width: width + 6,
      draw: (x, y) =>
        svgPill(labels.tiers[tier], x, y + 3, width, 18, TIER_COLORS[tier].fill, {
          size: 11,
          fill: TIER_COLORS[tier].text,
          bold: true,
        }),
    };
  });
  const star: LegendItem = { width: 22, draw: (x, y) => svgStar(x + 8, y + 12, 8, theme.momentOfTruth) };
  const severities = SEVERITY_COLORS.map((fill, i): LegendItem => ({
    width: 26,
    draw: (x, y) => svgPill(String(i + 1), x, y + 3, 22, 18, fill, { size: SIZE, fill: '#ffffff', bold: true }),
  }));
  const faces = EMOTION_COLORS.map((fill, i): LegendItem => ({
    width: 22,
    draw: (x, y) => svgFace(x + 9, y + 12, 9, i - 2, fill),
  }));
  return [
    group(...tiers),
    group(star, label(labels.momentOfTruth, theme.text)),
    group(label(`${labels.painPoints}:`, theme.text), ...severities),
    group(label(`${labels.emotion}:`, theme.text), ...faces),
  ];
}

export function mapLegendSvg(
  x: number,
  y: number,
  width: number,
  ctx: MapRenderContext,
): { svg: string; height: number } {
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  for (const item of legendGroups(ctx)) {
    if (cx > x && cx + item.width > x + width) {
      cx = x;
      cy += ROW;
    }
    parts.push(item.draw(cx, cy));
    cx += item.width + 20;
  }
  return { svg: `<g>${parts.join('')}</g>`, height: cy - y + ROW };
}
