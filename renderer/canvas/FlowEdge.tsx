import { memo, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useRun } from '../editor/EditorContext';
import type { FlowEdgeType } from './flowTypes';

/** A flow between touchpoints; select it to show its label button, double-click the button to name it. */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const { t } = useTranslation();
  const run = useRun('canvas');
  const [editing, setEditing] = useState(false);
  const [path, labelX, labelY] = getSmoothStepPath(props);
  const label = props.data?.label ?? '';
  const setLabel = (label: string) => void run('set-connection-label', { connectionId: props.id, label });
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        style={props.selected ? { stroke: '#4f46e5', strokeWidth: 2.5 } : { strokeWidth: 1.5 }}
      />
      {/* Each label portal costs a store subscription per edge: mount it only where it shows something. */}
      {(label || props.selected || editing) && (
        <EdgeLabelRenderer>
          <div
            className="flow-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {editing ? (
              <input
                aria-label={t('canvas.flowLabel')}
                autoFocus
                value={label}
                onChange={(e) => setLabel(e.target.value)}
                onBlur={() => setEditing(false)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === 'Escape') && setEditing(false)}
              />
            ) : (
              <button
                type="button"
                className={`flow-label__text${label ? '' : ' flow-label__text--empty'}`}
                aria-label={`${t('canvas.flowLabel')}: ${label}`}
                onDoubleClick={() => setEditing(true)}
              >
                {label || '＋'}
              </button>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
