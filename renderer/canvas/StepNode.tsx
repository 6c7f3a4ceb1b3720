import { memo, useMemo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import '../styles/lanes.css';
import { useCompareMark } from '../editor/useCompareView';
import { CompareBadge } from './CompareMarks';
import { fitsOverviewTitle } from './overviewTitle';
import type { StepNodeType } from './flowTypes';

/**
 * A step: the lighter card of a lane that is not a touchpoint lane (a customer action, a
 * backstage process…), with its title, owner and the start of its description. Like a
 * touchpoint card it reads only its own node data, and flows connect it to any other card.
 */
export const StepNode = memo(function StepNode({ data, selected }: NodeProps<StepNodeType>) {
  const { step, untitled } = data;
  const mark = useCompareMark(step.id);
  const title = step.title || untitled;
  const titleFits = useMemo(() => fitsOverviewTitle(title), [title]);
  return (
    <div
      className={`step-card${selected ? ' step-card--selected' : ''}${mark ? ` compare-mark--${mark}` : ''}`}
      data-testid="step-card"
    >
      {mark && <CompareBadge mark={mark} />}
      <Handle type="target" position={Position.Left} />
      <div className={`step-card__title${titleFits ? ' step-card__title--fits' : ''}`}>{title}</div>
      {step.owner && <div className="step-card__owner">{step.owner}</div>}
      {step.description && <div className="step-card__description">{step.description}</div>}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
