/**
 * The "Pain points" and "Opportunities" bands under the lanes: per stage, the texts of its
 * touchpoints' pain points (most severe first) or opportunities (most impact first, cheaper
 * first on a tie), so a printed map says what hurts and what to do, not only how many. Text is
 * wrapped to the stage column; a long list ends in a "+N more" line, so a band never grows
 * past BAND_TEXT.maxLines lines however much a stage holds. The canvas and the static exporter
 * share this layout, so both break the same lines.
 */
import type { TouchpointV2 } from '../model/v2/types';
import { measureText, wrapText } from '../render/textLayout';
import type { Rect } from './mapLayout';
import type { BandFrame } from './personaCurves';

export type NoteBandKind = 'painPoints' | 'opportunities';

export interface BandNote {
  id: string;
  touchpointId: string;
  text: string;
  /** The pain point's severity 1..5, or the opportunity's impact 1..5: the marker's colour. */
  weight: number;
}

export const BAND_TEXT = {
  /** Title in the gap above the band, as the emotion curve's. */
  gap: 32,
  padding: 12,
  fontSize: 12,
  lineHeight: 16,
  /** Between two notes. */
  noteGap: 6,
  /** The marker (a severity dot) and its space before the text. */
  markerWidth: 14,
  /** Lines of one note at most; the last ends in an ellipsis when cut. */
  noteLines: 4,
  /** Lines of one stage's list at most, the "+N more" line included. */
  maxLines: 14,
} as const;

/** Pain points of each stage, most severe first, ties in journey order. */
export function painPointsByStage(ordered: readonly TouchpointV2[]): Map<string, BandNote[]> {
  const byStage = new Map<string, BandNote[]>();
  for (const tp of ordered) {
    for (const p of tp.painPoints)
      push(byStage, tp.stageId, { id: p.id, touchpointId: tp.id, text: p.text, weight: p.severity });
  }
  // Array.prototype.sort is stable: equal severities keep journey order.
  for (const notes of byStage.values()) notes.sort((a, b) => b.weight - a.weight);
  return byStage;
}

/** Opportunities of each stage ranked as the report ranks them: impact descending, effort ascending, journey order. */
export function opportunitiesByStage(ordered: readonly TouchpointV2[]): Map<string, BandNote[]> {
  const byStage = new Map<string, { note: BandNote; effort: number }[]>();
  for (const tp of ordered) {
    for (const o of tp.opportunities) {
      push(byStage, tp.stageId, {
        note: { id: o.id, touchpointId: tp.id, text: o.text, weight: o.impact },
        effort: o.effort,
      });
    }
  }
  const out = new Map<string, BandNote[]>();
  for (const [stageId, entries] of byStage) {
    out.set(
      stageId,
      entries.sort((a, b) => b.note.weight - a.note.weight || a.effort - b.effort).map((e) => e.note),
    );
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface PlacedNote {
  note: BandNote;
  lines: string[];
  /** Top of the note's first line. */
  y: number;
}

export interface BandColumn {
  stageId: string;
  x: number;
  width: number;
  notes: PlacedNote[];
  /** Notes left out for room: drawn as "+N more" at `moreY`; 0 when every note is shown. */
  more: number;
  moreY: number;
}

export interface NoteBandLayout {
  kind: NoteBandKind;
  band: Rect;
  columns: BandColumn[];
  /** Left edge of a note's text, from its column's x. */
  textInset: number;
}

/** A note's lines: most are short, one line that fits, and skip the wrapping. */
function noteLines(text: string, maxWidth: number): string[] {
  const style = { fontSize: BAND_TEXT.fontSize };
  if (!/[\n\r\t\f\v]/.test(text) && text === text.trim() && measureText(text, style) <= maxWidth) return [text];
  return wrapText(text, { ...style, maxWidth, maxLines: BAND_TEXT.noteLines });
}

/**
 * The band of `notesByStage` a gap below `frame.top`: as tall as its longest column, at least
 * one line (an empty band still says there is nothing, rather than vanishing), at most
 * BAND_TEXT.maxLines lines. Null when the map has no stage columns.
 */
export function layoutNoteBand(
  kind: NoteBandKind,
  notesByStage: ReadonlyMap<string, readonly BandNote[]>,
  frame: BandFrame,
): NoteBandLayout | null {
  if (frame.columns.length === 0) return null;
  const t = BAND_TEXT;
  const top = frame.top + t.gap;
  const textInset = t.padding + t.markerWidth;
  let tallest: number = t.lineHeight;
  const columns = frame.columns.map((column): BandColumn => {
    const textWidth = Math.max(40, column.width - textInset - t.padding);
    const notes = notesByStage.get(column.stageId) ?? [];
    const placed: PlacedNote[] = [];
    let y = top + t.padding;
    let usedLines = 0;
    for (let i = 0; i < notes.length; i++) {
      const lines = noteLines(notes[i]!.text, textWidth);
      const leftAfter = notes.length - i - 1;
      // Keep a line for "+N more" unless this is the last note.
      const budget = t.maxLines - usedLines - (leftAfter > 0 ? 1 : 0);
      if (lines.length > budget) break;
      placed.push({ note: notes[i]!, lines, y });
      usedLines += lines.length;
      y += lines.length * t.lineHeight + t.noteGap;
    }
    const more = notes.length - placed.length;
    const moreY = y;
    const bottom = more > 0 ? moreY + t.lineHeight : y - (placed.length > 0 ? t.noteGap : 0);
    tallest = Math.max(tallest, bottom - top - t.padding);
    return { stageId: column.stageId, x: column.x, width: column.width, notes: placed, more, moreY };
  });
  const band: Rect = { x: 0, y: top, width: Math.max(frame.width, 320), height: tallest + 2 * t.padding };
  return { kind, band, columns, textInset };
}
