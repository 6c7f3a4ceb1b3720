import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { STAGE_COLORS } from '../../shared/layout/tokens';
import type { StageLaneNodeType } from './flowTypes';

/** A stage drawn as a swimlane column: header with the stage name, body holding its cards. */
export const StageLaneNode = memo(function StageLaneNode({ data }: NodeProps<StageLaneNodeType>) {
  const { stage, index, width, height } = data;
  return (
    <section
      className="stage-lane"
      style={{ width, height, background: STAGE_COLORS[index % STAGE_COLORS.length] }}
      aria-label={`Stage ${stage.name}`}
    >
      <header className="stage-lane__header">
        <span className="stage-lane__index">{index + 1}</span>
        <span className="stage-lane__name">{stage.name || '—'}</span>
      </header>
    </section>
  );
});
