/** The nodes under the lanes: the personas' emotion curves and the pain-point and opportunity bands. */
import type { Node } from '@xyflow/react';
import type { NoteBandLayout } from '../../shared/layout/noteBands';
import type { PersonaCurvesGeometry } from '../../shared/layout/personaCurves';

/** The emotion curves as one node, so fit-view and the minimap take them into account. */
export type EmotionCurveNodeType = Node<
  {
    geometry: PersonaCurvesGeometry;
    label: string;
    /** More than one persona: curves and dots in the personas' colours (else dots by emotion, as always). */
    several: boolean;
  },
  'emotionCurve'
>;

export type NoteBandNodeType = Node<
  {
    layout: NoteBandLayout;
    title: string;
    /** "+{n} more" in the UI language (shared/render/labels.ts MORE_NOTES_SLOT). */
    moreTemplate: string;
    label: string;
  },
  'noteBand'
>;
