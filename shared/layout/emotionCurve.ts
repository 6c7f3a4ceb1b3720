/**
 * Geometry of the emotion curve: a band below the lanes, one point per rated touchpoint inside
 * its stage's span, joined by a smooth line. The canvas and the static exporter share it.
 */
import { EMOTION_MAX, EMOTION_MIN } from '../model/catalogues';
import { emotionOf } from '../model/emotion';
import type { Touchpoint } from '../model/types';
import type { MapLayout, Rect } from './mapLayout';

export const EMOTION_BAND = { gap: 32, rowHeight: 36, padding: 16 } as const;

export interface EmotionCurveGeometry {
  band: Rect;
  points: { id: string; x: number; y: number; emotion: number }[];
  /** SVG path data through the points (Catmull-Rom as cubic Béziers). */
  path: string;
  yOf(emotion: number): number;
}

/** `personaId`: whose ratings the curve follows (the primary persona's: shared/model/emotion.ts). */
export function emotionCurveGeometry(
  ordered: readonly Touchpoint[],
  layout: MapLayout,
  personaId: string | undefined,
): EmotionCurveGeometry | null {
  if (layout.lanes.length === 0) return null;
  const rows = EMOTION_MAX - EMOTION_MIN;
  const band: Rect = {
    x: 0,
    y: layout.height + EMOTION_BAND.gap,
    width: Math.max(layout.width, 320),
    height: rows * EMOTION_BAND.rowHeight + 2 * EMOTION_BAND.padding,
  };
  const yOf = (emotion: number) => band.y + EMOTION_BAND.padding + (EMOTION_MAX - emotion) * EMOTION_BAND.rowHeight;
  // Cards in a lane are often stacked, so points are spread evenly across their lane in journey order:
  // the curve then always reads left to right.
  const rated = ordered.flatMap((t) => {
    const emotion = emotionOf(t, personaId);
    return emotion !== undefined && layout.cards.has(t.id) ? [{ id: t.id, stageId: t.stageId, emotion }] : [];
  });
  const perStage = new Map<string, number>();
  for (const t of rated) perStage.set(t.stageId, (perStage.get(t.stageId) ?? 0) + 1);
  const seen = new Map<string, number>();
  const laneOf = new Map(layout.lanes.map((l) => [l.stageId, l]));
  const points = rated.flatMap((t) => {
    const lane = laneOf.get(t.stageId);
    if (!lane) return [];
    const k = seen.get(t.stageId) ?? 0;
    seen.set(t.stageId, k + 1);
    const x = lane.x + (lane.width * (k + 0.5)) / perStage.get(t.stageId)!;
    return [{ id: t.id, x, y: yOf(t.emotion), emotion: t.emotion }];
  });
  return { band, points, path: smoothPath(points), yOf };
}

function smoothPath(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  const round = (n: number) => Math.round(n * 10) / 10;
  let d = `M ${round(points[0]!.x)} ${round(points[0]!.y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C ${round(c1.x)} ${round(c1.y)}, ${round(c2.x)} ${round(c2.y)}, ${round(p2.x)} ${round(p2.y)}`;
  }
  return d;
}
