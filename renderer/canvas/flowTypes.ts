import type { EmotionCurveNodeType, NoteBandNodeType } from './bandTypes';
import type { CardWords } from './cardWords';
import type { Edge, Node } from '@xyflow/react';
import type { BlueprintLineKind } from '../../shared/layout/blueprintLines';
import type { Lane, LaneKind, Stage, Step, Touchpoint } from '../../shared/model';

/** A lane's row on the map, for what a stage column does with a double-click (add a card in that row). */
export interface LaneRow {
  laneId: string;
  kind: LaneKind;
  /** Top of the row on the map, and its height. */
  y: number;
  height: number;
}

/** The curves and the bands under the lanes (bandTypes.ts). */
export type { EmotionCurveNodeType, NoteBandNodeType };

export type StageLaneNodeType = Node<
  { stage: Stage; index: number; count: number; width: number; height: number; rows: readonly LaneRow[] },
  'stage'
>;
/** A lane's header, left of the first stage: its name, kind, order and delete (LaneHeaderNode.tsx). */
export type LaneHeaderNodeType = Node<{ lane: Lane; index: number; laneCount: number }, 'laneHeader'>;
/** The rows' separators and the blueprint's labelled lines across the stage columns (LaneGridNode.tsx). */
export type LaneGridNodeType = Node<
  {
    width: number;
    rows: readonly LaneRow[];
    /** Relative to the node's top; label in the UI language. */
    lines: readonly { kind: BlueprintLineKind; y: number; label: string }[];
  },
  'laneGrid'
>;
/** A step: a lighter card of a lane that is not a touchpoint lane (StepNode.tsx). */
export type StepNodeType = Node<{ step: Step; untitled: string }, 'step'>;
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
  | StageLaneNodeType
  | LaneHeaderNodeType
  | LaneGridNodeType
  | TouchpointNodeType
  | StepNodeType
  | EmotionCurveNodeType
  | NoteBandNodeType
  | GhostNodeType;
export type FlowEdgeType = Edge<{ label?: string }, 'flow'>;
export type JourneyEdge = FlowEdgeType;
