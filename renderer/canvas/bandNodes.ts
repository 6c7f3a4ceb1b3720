/**
 * The nodes under the lanes, top to bottom: the personas' emotion curves, then the "Pain points"
 * band, then the "Opportunities" band, each shown or hidden by the view. Built from the same
 * shared geometry as the exports (personaCurves.ts, noteBands.ts). They are neither selectable
 * nor focusable: their words reach screen readers as the nodes' accessible names.
 */
import type { NodeHandle } from '@xyflow/react';
import {
  layoutNoteBand,
  opportunitiesByStage,
  painPointsByStage,
  BAND_TEXT,
  type NoteBandKind,
} from '../../shared/layout/noteBands';
import { personaCurvesGeometry, type BandFrame } from '../../shared/layout/personaCurves';
import type { Journey, Touchpoint } from '../../shared/model';
import type { EmotionCurveNodeType, NoteBandNodeType } from './bandTypes';

const NO_HANDLES: NodeHandle[] = [];

export interface NoteBandWords {
  title: string;
  /** The band's accessible name. */
  label: string;
  /** "+{n} more" (shared/render/labels.ts MORE_NOTES_SLOT). */
  moreTemplate: string;
}

export interface BandNodeOptions {
  /** The curves' accessible name, or null when the curves are hidden. */
  curves: string | null;
  hiddenPersonas: ReadonlySet<string>;
  theme: 'light' | 'dark';
  painPoints: NoteBandWords | null;
  opportunities: NoteBandWords | null;
}

const still = {
  draggable: false,
  selectable: false,
  focusable: false,
  connectable: false,
  handles: NO_HANDLES,
} as const;

export function bandNodes(
  journey: Journey,
  ordered: readonly Touchpoint[],
  frame: BandFrame,
  options: BandNodeOptions,
): (EmotionCurveNodeType | NoteBandNodeType)[] {
  const nodes: (EmotionCurveNodeType | NoteBandNodeType)[] = [];
  let top = frame.top;
  if (options.curves !== null) {
    const geometry = personaCurvesGeometry(journey.personas, ordered, frame, {
      theme: options.theme,
      hidden: options.hiddenPersonas,
    });
    if (geometry) {
      nodes.push({
        id: 'emotion-curve',
        type: 'emotionCurve',
        position: { x: geometry.band.x, y: geometry.band.y },
        data: { geometry, label: options.curves, several: journey.personas.length > 1 },
        width: geometry.band.width,
        height: geometry.band.height,
        ...still,
      });
      top = geometry.band.y + geometry.band.height;
    }
  }
  const bands: [NoteBandKind, NoteBandWords | null, typeof painPointsByStage][] = [
    ['painPoints', options.painPoints, painPointsByStage],
    ['opportunities', options.opportunities, opportunitiesByStage],
  ];
  for (const [kind, words, notesOf] of bands) {
    if (!words) continue;
    const layout = layoutNoteBand(kind, notesOf(ordered), { ...frame, top });
    if (!layout) continue;
    // The node includes the title in the gap above the band.
    nodes.push({
      id: `band-${kind}`,
      type: 'noteBand',
      position: { x: layout.band.x, y: layout.band.y - BAND_TEXT.gap },
      data: { layout, title: words.title, label: words.label, moreTemplate: words.moreTemplate },
      width: layout.band.width,
      height: layout.band.height + BAND_TEXT.gap,
      ...still,
    });
    top = layout.band.y + layout.band.height;
  }
  return nodes;
}
