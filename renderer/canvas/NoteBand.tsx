/**
 * The "Pain points" or "Opportunities" band under the lanes (shared/layout/noteBands.ts, the
 * layout the exports draw too): per stage column its notes, most severe (or most impact) first,
 * each after a dot in its severity's colour, "+N more" when the list was cut.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BAND_TEXT } from '../../shared/layout/noteBands';
import { severityColor } from '../../shared/layout/tokens';
import { impactColor, moreNotesText } from '../../shared/render/noteBandSvg';
import type { NoteBandNodeType } from './bandTypes';

export const NoteBandNode = memo(function NoteBandNode({ data }: NodeProps<NoteBandNodeType>) {
  const { layout } = data;
  const { band } = layout;
  const t = BAND_TEXT;
  const colorOf = layout.kind === 'painPoints' ? severityColor : impactColor;
  const baseline = t.lineHeight - (t.lineHeight - t.fontSize) / 2 - 1;
  // The title sits in the gap above the band, as the emotion curve's does.
  const top = band.y - t.gap;
  return (
    <svg
      className={`note-band note-band--${layout.kind}`}
      role="img"
      aria-label={data.label}
      width={band.width}
      height={band.height + t.gap}
      viewBox={`${band.x} ${top} ${band.width} ${band.height + t.gap}`}
    >
      <text className="note-band__title" x={band.x + 4} y={band.y - 9}>
        {data.title}
      </text>
      <rect
        className="note-band__box"
        x={band.x + 1}
        y={band.y + 1}
        width={band.width - 2}
        height={band.height - 2}
        rx={10}
      />
      {layout.columns.map((column, i) => (
        <g key={column.stageId}>
          {i > 0 && (
            <line
              className="note-band__rule"
              x1={column.x - 8}
              x2={column.x - 8}
              y1={band.y + t.padding}
              y2={band.y + band.height - t.padding}
            />
          )}
          {column.notes.map((placed) => (
            <g key={placed.note.id}>
              <circle
                cx={column.x + t.padding + 4}
                cy={placed.y + t.lineHeight / 2}
                r={4}
                fill={colorOf(placed.note.weight)}
              />
              <text className="note-band__text" x={column.x + layout.textInset} y={placed.y + baseline}>
                {placed.lines.map((line, k) => (
                  <tspan key={k} x={column.x + layout.textInset} dy={k === 0 ? 0 : t.lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
          {column.more > 0 && (
            <text className="note-band__more" x={column.x + layout.textInset} y={column.moreY + baseline}>
              {moreNotesText(data.moreTemplate, column.more)}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
});
