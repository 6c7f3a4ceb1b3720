/**
 * The emotion curve under the swimlanes, drawn from the geometry the canvas uses
 * (shared/layout/emotionCurve.ts) so the export's band, points and line match the editor's.
 * Faces are drawn shapes rather than the canvas's emoji, which rasterisers lack.
 */
import { emotionCurveGeometry } from '../layout/emotionCurve';
import { orderTouchpoints } from '../layout/journeyOrder';
import type { MapLayout } from '../layout/mapLayout';
import { EMOTION_MAX, EMOTION_MIN } from '../model/catalogues';
import { primaryPersonaId } from '../model/emotion';
import type { Journey } from '../model/types';
import type { MapRenderContext } from './context';
import { emotionFill, num, svgFace, svgRect, svgText } from './svgParts';

/**
 * The band with its top-left map corner at (x0, y0), or null when the map has no lanes.
 * `bottom` is where the band ends, for what is drawn below it.
 */
export function emotionCurveSvg(
  journey: Journey,
  layout: MapLayout,
  x0: number,
  y0: number,
  ctx: MapRenderContext,
): { svg: string; bottom: number } | null {
  const geometry = emotionCurveGeometry(orderTouchpoints(journey), layout, primaryPersonaId(journey));
  if (!geometry) return null;
  const { theme } = ctx;
  const { band, points, path, yOf } = geometry;
  const bx = x0 + band.x;
  const by = y0 + band.y;
  const parts = [
    // The title sits in the gap above the band, which the canvas leaves empty.
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
  if (path) {
    parts.push(
      `<path d="${path}" transform="translate(${num(x0)} ${num(y0)})" fill="none" stroke="${theme.curveLine}" stroke-width="3"/>`,
    );
  }
  for (const p of points) {
    parts.push(
      `<circle cx="${num(x0 + p.x)}" cy="${num(y0 + p.y)}" r="7" fill="${emotionFill(p.emotion)}" stroke="${theme.page}" stroke-width="2"/>`,
    );
  }
  return { svg: `<g>${parts.join('')}</g>`, bottom: by + band.height };
}
