/**
 * The personas' emotion curves overlaid in the band under the lanes, from the geometry the canvas
 * uses (shared/layout/personaCurves.ts). With one persona it is the single curve as always (dots
 * coloured by emotion, no key); with several, each line and its dots take the persona's colour and
 * line pattern and a key beside the title names them. A curve of many points draws its dots as
 * one path, so a 3,000-card map stays a few elements.
 */
import {
  MANY_POINTS,
  dotsPath,
  personaCurvesGeometry,
  type BandFrame,
  type PersonaCurve,
} from '../layout/personaCurves';
import { EMOTION_MAX, EMOTION_MIN } from '../model/catalogues';
import { orderTouchpointsV2 } from '../model/v2/order';
import type { JourneyV2 } from '../model/v2/types';
import { orUntitled, type MapRenderContext } from './context';
import { escapeXml } from './escapeXml';
import { ellipsize, measureText } from './textLayout';
import { emotionFill, num, svgFace, svgRect, svgText } from './svgParts';

const DOT_RADIUS = 7;
const KEY_SIZE = 12;
const KEY_NAME_MAX = 160;
/** A key entry's line sample, its gap to the name and the space after the name. */
const KEY_SAMPLE = 46;

export interface PersonaCurvesSvgOptions {
  /** Persona ids whose curves are left out (the canvas legend's toggles). */
  hidden?: ReadonlySet<string>;
}

/** The band with the map's top-left corner at (x0, y0); null without stage columns. `bottom` is where it ends. */
export function personaCurvesSvg(
  journey: JourneyV2,
  frame: BandFrame,
  x0: number,
  y0: number,
  ctx: MapRenderContext,
  options: PersonaCurvesSvgOptions = {},
): { svg: string; bottom: number } | null {
  const geometry = personaCurvesGeometry(journey.personas, orderTouchpointsV2(journey), frame, {
    theme: ctx.themeName,
    hidden: options.hidden,
  });
  if (!geometry) return null;
  const { theme } = ctx;
  const { band, curves, yOf } = geometry;
  const bx = x0 + band.x;
  const by = y0 + band.y;
  const parts = [
    svgText(ctx.labels.emotionCurve, bx + 4, by - 9, { size: 13, fill: theme.text, bold: true }),
    svgRect(bx + 1, by + 1, band.width - 2, band.height - 2, theme.bandFill, `rx="10" stroke="${theme.bandBorder}"`),
  ];
  for (let emotion = EMOTION_MAX; emotion >= EMOTION_MIN; emotion--) {
    const y = y0 + yOf(emotion);
    const dash = emotion === 0 ? '' : ' stroke-dasharray="4 4"';
    parts.push(
      `<line x1="${num(bx + 40)}" y1="${num(y)}" x2="${num(bx + band.width - 8)}" y2="${num(y)}" stroke="${emotion === 0 ? theme.curveZero : theme.grid}"${dash}/>`,
      svgFace(bx + 20, y, 8, emotion, emotionFill(emotion)),
    );
  }
  // One persona: the single curve as it always looked, its dots telling the emotion by colour.
  const several = journey.personas.length > 1;
  const translate = `transform="translate(${num(x0)} ${num(y0)})"`;
  for (const curve of curves) {
    if (curve.path) {
      const dash = curve.dash ? ` stroke-dasharray="${curve.dash}"` : '';
      parts.push(
        `<path d="${curve.path}" ${translate} fill="none" stroke="${escapeXml(curve.color)}" stroke-width="3"${dash}/>`,
      );
    }
  }
  for (const curve of curves) parts.push(curveDots(curve, several, x0, y0, ctx));
  if (several) parts.push(personaKey(curves, bx, by, band.width, ctx));
  return { svg: `<g>${parts.join('')}</g>`, bottom: by + band.height };
}

function curveDots(curve: PersonaCurve, several: boolean, x0: number, y0: number, ctx: MapRenderContext): string {
  const stroke = ctx.theme.page;
  const fillOf = (emotion: number) => (several ? escapeXml(curve.color) : emotionFill(emotion));
  if (curve.points.length > MANY_POINTS) {
    // One path per fill: per persona colour, or per emotion for the single curve.
    const groups = new Map<string, { x: number; y: number }[]>();
    for (const p of curve.points) {
      const fill = fillOf(p.emotion);
      const list = groups.get(fill) ?? [];
      list.push({ x: x0 + p.x, y: y0 + p.y });
      groups.set(fill, list);
    }
    return [...groups]
      .map(
        ([fill, points]) =>
          `<path d="${dotsPath(points, DOT_RADIUS)}" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`,
      )
      .join('');
  }
  return curve.points
    .map(
      (p) =>
        `<circle cx="${num(x0 + p.x)}" cy="${num(y0 + p.y)}" r="${DOT_RADIUS}" fill="${fillOf(p.emotion)}" stroke="${stroke}" stroke-width="2"/>`,
    )
    .join('');
}

/** The shown curves' line samples and names in the title's row, names shortened to share the band's width. */
function personaKey(
  curves: readonly PersonaCurve[],
  bx: number,
  by: number,
  width: number,
  ctx: MapRenderContext,
): string {
  const { theme } = ctx;
  const start = bx + 4 + measureText(ctx.labels.emotionCurve, { fontSize: 13, bold: true }) + 20;
  const nameMax = Math.max(40, Math.min(KEY_NAME_MAX, (bx + width - start) / Math.max(1, curves.length) - KEY_SAMPLE));
  let x = start;
  const y = by - 9;
  return curves
    .map((curve) => {
      const name = ellipsize(orUntitled(curve.name, ctx), nameMax, { fontSize: KEY_SIZE });
      const dash = curve.dash ? ` stroke-dasharray="${curve.dash}"` : '';
      const svg =
        `<line x1="${num(x)}" y1="${num(y - 4)}" x2="${num(x + 24)}" y2="${num(y - 4)}" stroke="${escapeXml(curve.color)}" stroke-width="3"${dash}/>` +
        svgText(name, x + 30, y, { size: KEY_SIZE, fill: theme.text });
      x += KEY_SAMPLE + measureText(name, { fontSize: KEY_SIZE });
      return svg;
    })
    .join('');
}
