import type { Edge, Node } from '@xyflow/react';
import type { Stage, Touchpoint } from '../../shared/model';

export type StageLaneNodeType = Node<{ stage: Stage; index: number; width: number; height: number }, 'stage'>;
export type TouchpointNodeType = Node<
  { touchpoint: Touchpoint; channelName: string; channelIcon: string },
  'touchpoint'
>;
export type JourneyNode = StageLaneNodeType | TouchpointNodeType;
export type JourneyEdge = Edge;
