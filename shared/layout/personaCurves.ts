/**
 * Geometry of the personas' emotion curves, overlaid in one band under the lanes: one line per
 * persona through the touchpoints it rated, in journey order. A touchpoint keeps one x for every
 * persona (each stage's touchpoints that anyone rated are spread evenly across the stage column,
 * as the single curve always did), so the curves can be compared point by point, and hiding a
 * curve moves no other. The canvas and the static exporter share it.
 */
import { EMOTION_MAX, EMOTION_MIN } from '../model/catalogues';
import type { PersonaV2, TouchpointV2 } from '../model/v2/types';
import type { Rect } from './mapLayout';
import { personaColor, personaDash } from './personaColors';

/** The band: its title in the gap above it, a row per emotion level, padding above and below. */
export const CURVE_BAND = { gap: 32, rowHeight: 36, padding: 16, minWidth: 320 } as const;

/** Above this many points in one curve, its dots are drawn as one path (`dotsPath`), not one element each. */
export const MANY_POINTS = 300;

/** Where the band goes: the stage columns it spans and the y under the lanes. */
export interface BandFrame {
  columns: readonly { stageId: string; x: number; width: number }[];
  /** Bottom of the lanes; the band starts a gap below it. */
  top: number;
  /** Width of the map; the band is at least CURVE_BAND.minWidth wide. */
  width: number;
}

export interface CurvePoint {
  touchpointId: string;
  x: number;
  y: number;
  emotion: number;
}

/** How one persona's curve is drawn, wherever it is drawn (band, key, legend). */
export interface PersonaLineStyle {
  personaId: string;
  name: string;
  /** The persona's place in the list (0 is the primary persona). */
  index: number;
  color: string;
  /** SVG stroke-dasharray; '' is solid. */
  dash: string;
}

export function personaLineStyles(
  personas: readonly PersonaV2[],
  theme: 'light' | 'dark' = 'light',
): PersonaLineStyle[] {
  return personas.map((persona, index) => ({
    personaId: persona.id,
    name: persona.name,
    index,
    color: personaColor(persona, index, theme),
    dash: personaDash(index),
  }));
}

export interface PersonaCurve extends PersonaLineStyle {
  points: CurvePoint[];
  /** SVG path data through the points (Catmull-Rom as cubic Béziers); '' without points. */
  path: string;
}

export interface PersonaCurvesGeometry {
  band: Rect;
  /** The shown personas' curves in list order; a persona that rated nothing has an empty one. */
  curves: PersonaCurve[];
  yOf(emotion: number): number;
}

export interface PersonaCurvesOptions {
  theme?: 'light' | 'dark';
  /** Persona ids whose curves are hidden (the legend's toggles). */
  hidden?: ReadonlySet<string>;
}

const ownRating = (tp: TouchpointV2, personaId: string): number | undefined =>
  Object.hasOwn(tp.emotions, personaId) ? tp.emotions[personaId] : undefined;

export function curveBand(frame: BandFrame): Rect {
  return {
    x: 0,
    y: frame.top + CURVE_BAND.gap,
    width: Math.max(frame.width, CURVE_BAND.minWidth),
    height: (EMOTION_MAX - EMOTION_MIN) * CURVE_BAND.rowHeight + 2 * CURVE_BAND.padding,
  };
}

/** Null when the map has no stage columns to draw under. */
export function personaCurvesGeometry(
  personas: readonly PersonaV2[],
  ordered: readonly TouchpointV2[],
  frame: BandFrame,
  options: PersonaCurvesOptions = {},
): PersonaCurvesGeometry | null {
  if (frame.columns.length === 0) return null;
  const band = curveBand(frame);
  const yOf = (emotion: number) => band.y + CURVE_BAND.padding + (EMOTION_MAX - emotion) * CURVE_BAND.rowHeight;
  const xOf = spreadAcrossStages(personas, ordered, frame);
  // Plain loops: this runs on every change of a map of thousands of cards, for up to 8 personas.
  const curves: PersonaCurve[] = [];
  for (const style of personaLineStyles(personas, options.theme)) {
    if (options.hidden?.has(style.personaId)) continue;
    const points: CurvePoint[] = [];
    for (const tp of ordered) {
      const x = xOf.get(tp.id);
      if (x === undefined) continue;
      const emotion = ownRating(tp, style.personaId);
      if (emotion !== undefined) points.push({ touchpointId: tp.id, x, y: yOf(emotion), emotion });
    }
    curves.push({ ...style, points, path: smoothPath(points) });
  }
  return { band, curves, yOf };
}

/**
 * The x of every touchpoint someone rated, in a column of the frame: cards in a cell are often
 * stacked, so a stage's rated touchpoints share its width evenly in journey order and the
 * curves always read left to right.
 */
function spreadAcrossStages(
  personas: readonly PersonaV2[],
  ordered: readonly TouchpointV2[],
  frame: BandFrame,
): Map<string, number> {
  const columns = new Map(frame.columns.map((c) => [c.stageId, c]));
  const rated: TouchpointV2[] = [];
  const perStage = new Map<string, number>();
  for (const tp of ordered) {
    if (!columns.has(tp.stageId) || !personas.some((p) => ownRating(tp, p.id) !== undefined)) continue;
    rated.push(tp);
    perStage.set(tp.stageId, (perStage.get(tp.stageId) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const xOf = new Map<string, number>();
  for (const tp of rated) {
    const column = columns.get(tp.stageId)!;
    const k = seen.get(tp.stageId) ?? 0;
    seen.set(tp.stageId, k + 1);
    xOf.set(tp.id, column.x + (column.width * (k + 0.5)) / perStage.get(tp.stageId)!);
  }
  return xOf;
}

/**
 * A coordinate to one decimal, as text: what String(Math.round(n * 10) / 10) gives, written from
 * integers because turning fractions into text dominated drawing thousands of points.
 */
function round(n: number): string {
  const tenths = Math.round(n * 10);
  const size = tenths < 0 ? -tenths : tenths;
  const tenth = size % 10;
  return `${tenths < 0 ? '-' : ''}${(size - tenth) / 10}${tenth === 0 ? '' : `.${tenth}`}`;
}

/** A smooth line through the points: Catmull-Rom splines written as cubic Béziers. */
export function smoothPath(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  // Segments joined once at the end: thousands of points make one string, not thousands.
  const parts: string[] = [`M ${round(points[0]!.x)} ${round(points[0]!.y)}`];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    parts.push(
      `C ${round(p1.x + (p2.x - p0.x) / 6)} ${round(p1.y + (p2.y - p0.y) / 6)}, ` +
        `${round(p2.x - (p3.x - p1.x) / 6)} ${round(p2.y - (p3.y - p1.y) / 6)}, ${round(p2.x)} ${round(p2.y)}`,
    );
  }
  return parts.join(' ');
}

/** Every point as a circle of radius r in one path's data: thousands of dots, one element. */
export function dotsPath(points: readonly { x: number; y: number }[], r: number): string {
  return points
    .map((p) => `M ${round(p.x - r)} ${round(p.y)} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`)
    .join(' ');
}
