import { memo } from 'react';
import '../styles/lanes.css';
import type { NodeProps } from '@xyflow/react';
import type { LaneGridNodeType } from './flowTypes';

/**
 * Across the stage columns: a thin line between lanes, and the service blueprint's lines where
 * the lane kinds meet (shared/layout/blueprintLines.ts), dashed and labelled, as the exports draw
 * them. Drawn for the eye only: pointer events go through to the stage columns below.
 */
export const LaneGridNode = memo(function LaneGridNode({ data }: NodeProps<LaneGridNodeType>) {
  const { width, rows, lines } = data;
  const top = rows[0]?.y ?? 0;
  return (
    <div className="lane-grid" style={{ width }} aria-hidden="true">
      {rows.slice(1).map((row) => (
        <div key={row.laneId} className="lane-grid__separator" style={{ top: row.y - top }} />
      ))}
      {lines.map((line, i) => (
        <div
          key={`${line.kind}-${i}`}
          className={`lane-grid__line lane-grid__line--${line.kind}`}
          data-testid="blueprint-line"
          // Lines on the same lane (a jump over a zone) are stacked a little apart.
          style={{ top: line.y + lines.slice(0, i).filter((l) => l.y === line.y).length * 18 }}
        >
          <span className="lane-grid__label">{line.label}</span>
        </div>
      ))}
    </div>
  );
});
