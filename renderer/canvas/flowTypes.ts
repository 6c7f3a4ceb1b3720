import type { EmotionCurveNodeType, NoteBandNodeType } from './bandTypes';
import type { CardWords } from './cardWords';
import type { Edge, Node } from '@xyflow/react';
import type { Stage, Touchpoint } from '../../shared/model';

/** The curves and the bands under the lanes (bandTypes.ts). */
export type { EmotionCurveNodeType, NoteBandNodeType };

export type StageLaneNodeType = Node<
  { stage: Stage; index: number; count: number; width: number; height: number },
  'stage'
>;
export type TouchpointNodeType = Node<
  {
    touchpoint: Touchpoint;
    /** The primary persona's rating (shared/model/emotion.ts), undefined when unrated. */
    emotion: number | undefined;
    channelName: string;
    dimmed: boolean;
    /** Its title is being typed on the map (editor view state `editingTitleId`). */
    editingTitle: boolean;
    /** The card's words in the UI language, shared by every card (cardWords.ts). */
    words: CardWords;
  },
  'touchpoint'
>;
/** Compare mode: a card the compared version had, drawn where it was (CompareMarks.tsx). */
export type GhostNodeType = Node<{ title: string }, 'ghost'>;
export type JourneyNode =
  StageLaneNodeType | TouchpointNodeType | EmotionCurveNodeType | NoteBandNodeType | GhostNodeType;
export type FlowEdgeType = Edge<{ label?: string }, 'flow'>;
export type JourneyEdge = FlowEdgeType;
