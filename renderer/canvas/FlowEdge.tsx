import { memo, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, useStore, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Rect } from '../../shared/layout/mapLayout';
import { SIZES } from '../../shared/layout/tokens';
import { FLOW_RADIUS, flowRoute, roundedPathData } from '../../shared/render/connectionPath';
import { placeFlowLabel, type Point } from '../../shared/render/flowLabel';
import { measureText } from '../../shared/render/textLayout';
import { useRun } from '../editor/EditorContext';
import { useFlowGeometry } from './flowGeometry';
import type { FlowEdgeType } from './flowTypes';
import { READABLE_ZOOM } from './readableViewport';

/** The hit path stops short of the cards, so a handle under a flow's end can still be grabbed. */
const HIT_TRIM = 18;
const LABEL_FONT_PX = 12;

/**
 * A flow between touchpoints, routed like the export's (shared/render/connectionPath.ts) and
 * drawn over the cards. Select it to show its label button; click or double-click the button
 * to name it. The label sits where it covers no card.
 */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const geometry = useFlowGeometry();
  const [editing, setEditing] = useState(false);
  const { sourceX, sourceY, targetX, targetY } = props;
  const from = {
    x: sourceX - SIZES.cardWidth,
    y: sourceY - SIZES.cardHeight / 2,
    width: SIZES.cardWidth,
    height: SIZES.cardHeight,
  };
  const to = { x: targetX, y: targetY - SIZES.cardHeight / 2, width: SIZES.cardWidth, height: SIZES.cardHeight };
  const { points, labelAt } = flowRoute(from, to, geometry.cards);
  const path = roundedPathData(points, FLOW_RADIUS);
  const last = points.length - 1;
  const hitPoints = points.map((p, i) =>
    i === 0 ? { ...p, x: p.x + HIT_TRIM } : i === last ? { ...p, x: p.x - HIT_TRIM } : p,
  );
  const label = props.data?.label ?? '';
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        interactionWidth={0}
        style={props.selected ? { stroke: 'var(--accent)', strokeWidth: 2.5 } : { strokeWidth: 1.5 }}
      />
      <path
        className="react-flow__edge-interaction"
        d={roundedPathData(hitPoints, FLOW_RADIUS)}
        fill="none"
        strokeOpacity={0}
        strokeWidth={14}
      />
      {/* Each label costs store subscriptions: mounted only where it shows something. */}
      {(label || props.selected || editing) && (
        <FlowLabel
          connectionId={props.id}
          label={label}
          points={points}
          middle={labelAt}
          obstacles={geometry.labelObstacles}
          editing={editing}
          setEditing={setEditing}
        />
      )}
    </>
  );
});

interface FlowLabelProps {
  connectionId: string;
  label: string;
  points: readonly Point[];
  middle: Point;
  obstacles: readonly Rect[];
  editing: boolean;
  setEditing(editing: boolean): void;
}

/**
 * A flow's label button (click to name the flow) or, while naming, its field. In the overview
 * (below a readable zoom) it is drawn twice as large, so it stays as readable as the cards.
 */
function FlowLabel({ connectionId, label, points, middle, obstacles, editing, setEditing }: FlowLabelProps) {
  const { t } = useTranslation();
  const run = useRun('canvas');
  const large = useStore((s) => s.transform[2] < READABLE_ZOOM);
  const font = large ? 2 * LABEL_FONT_PX : LABEL_FONT_PX;
  const size = { width: measureText(label || '＋', { fontSize: font }) + 20, height: 2 * font };
  // Placed for the button; the field that replaces it while typing stays on the same spot.
  const at = placeFlowLabel(points, middle, size, obstacles);
  const setLabel = (text: string) => void run('set-connection-label', { connectionId, label: text });
  return (
    <EdgeLabelRenderer>
      <div
        className={`flow-label nodrag nopan${large ? ' flow-label--large' : ''}`}
        style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
      >
        {editing ? (
          <input
            aria-label={t('canvas.flowLabel')}
            autoFocus
            value={label}
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => setLabel(e.target.value)}
            onBlur={() => setEditing(false)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === 'Escape') && setEditing(false)}
          />
        ) : (
          <button
            type="button"
            className={`flow-label__text${label ? '' : ' flow-label__text--empty'}`}
            aria-label={`${t('canvas.flowLabel')}: ${label}`}
            title={t('canvas.flowLabel')}
            onClick={() => setEditing(true)}
          >
            {label || '＋'}
          </button>
        )}
      </div>
    </EdgeLabelRenderer>
  );
}
