/**
 * The signature line of a journey map, drawn in a band under the lanes: one curve per persona
 * through the touchpoints it rated (shared/layout/personaCurves.ts, the geometry the exports
 * draw too). With one persona it is the single curve it always was, its dots coloured by
 * emotion; with several each curve and its dots take the persona's colour and line pattern.
 * A curve of many points draws its dots as one path per colour: thousands of cards, a few elements.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { MANY_POINTS, dotsPath, type PersonaCurve } from '../../shared/layout/personaCurves';
import { EMOTION_COLORS, emotionIndex } from '../../shared/layout/tokens';
import type { EmotionCurveNodeType } from './bandTypes';
import { EmotionFace } from './icons';

const DOT_RADIUS = 7;

function CurveDots({ curve, several }: { curve: PersonaCurve; several: boolean }) {
  const fillOf = (emotion: number) => (several ? curve.color : EMOTION_COLORS[emotionIndex(emotion)]!);
  if (curve.points.length > MANY_POINTS) {
    const byFill = new Map<string, { x: number; y: number }[]>();
    for (const p of curve.points) {
      const fill = fillOf(p.emotion);
      const list = byFill.get(fill) ?? [];
      list.push(p);
      byFill.set(fill, list);
    }
    return (
      <>
        {[...byFill].map(([fill, points]) => (
          <path
            key={fill}
            className="emotion-curve__points"
            d={dotsPath(points, DOT_RADIUS)}
            fill={fill}
            stroke="#fff"
            strokeWidth={2}
          />
        ))}
      </>
    );
  }
  return (
    <>
      {curve.points.map((p) => (
        <circle
          key={p.touchpointId}
          className="emotion-curve__point"
          cx={p.x}
          cy={p.y}
          r={DOT_RADIUS}
          fill={fillOf(p.emotion)}
          stroke="#fff"
          strokeWidth={2}
        />
      ))}
    </>
  );
}

export const EmotionCurveNode = memo(function EmotionCurveNode({ data }: NodeProps<EmotionCurveNodeType>) {
  const { band, curves, yOf } = data.geometry;
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
      {curves.map((curve) =>
        curve.path ? (
          <path
            key={curve.personaId}
            d={curve.path}
            className="emotion-curve__line"
            data-persona-id={curve.personaId}
            // The primary persona's default colour is the theme's curve colour (personaColors.ts).
            style={{ stroke: curve.color }}
            strokeDasharray={curve.dash || undefined}
          />
        ) : null,
      )}
      {curves.map((curve) => (
        <CurveDots key={curve.personaId} curve={curve} several={data.several} />
      ))}
    </svg>
  );
});
