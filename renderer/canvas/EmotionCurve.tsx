import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { EMOTION_COLORS, emotionIndex } from '../../shared/layout/tokens';
import type { EmotionCurveNodeType } from './flowTypes';
import { EmotionFace } from './icons';

/** The signature line of a journey map, drawn in a band under the lanes through each rated touchpoint. */
export const EmotionCurveNode = memo(function EmotionCurveNode({ data }: NodeProps<EmotionCurveNodeType>) {
  const { band, points, path, yOf } = data.geometry;
  return (
    <svg
      className="emotion-curve"
      role="img"
      aria-label={data.label}
      width={band.width}
      height={band.height}
      viewBox={`${band.x} ${band.y} ${band.width} ${band.height}`}
    >
      <rect
        x={band.x + 1}
        y={band.y + 1}
        width={band.width - 2}
        height={band.height - 2}
        rx={10}
        className="emotion-curve__band"
      />
      {[2, 1, 0, -1, -2].map((e) => (
        <g key={e}>
          <line
            x1={band.x + 40}
            x2={band.x + band.width - 8}
            y1={yOf(e)}
            y2={yOf(e)}
            className={e === 0 ? 'emotion-curve__zero' : 'emotion-curve__grid'}
          />
          <g transform={`translate(${band.x + 10} ${yOf(e) - 9})`}>
            <EmotionFace emotion={e} size={18} />
          </g>
        </g>
      ))}
      <path d={path} className="emotion-curve__line" />
      {points.map((p) => (
        <circle
          key={p.id}
          className="emotion-curve__point"
          cx={p.x}
          cy={p.y}
          r={7}
          fill={EMOTION_COLORS[emotionIndex(p.emotion)]}
          stroke="#fff"
          strokeWidth={2}
        />
      ))}
    </svg>
  );
});
