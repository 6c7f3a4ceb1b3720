import { memo, useMemo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { TIER_COLORS, severityColor } from '../../shared/layout/tokens';
import { useEditor } from '../editor/EditorContext';
import { useCompareMark } from '../editor/useCompareView';
import { CompareBadge } from './CompareMarks';
import { CardTitleEditor } from './CardTitleEditor';
import { fitsOverviewTitle } from './overviewTitle';
import { ChannelIcon, EmotionFace } from './icons';
import type { TouchpointNodeType } from './flowTypes';

/**
 * A touchpoint card: title, channel, tier badge, emotion, pain count by worst severity, moment of
 * truth, KPIs. It reads only its own node data (its words included: cardWords.ts), so a card
 * renders when its touchpoint, selection or language changes and for nothing else.
 */
export const TouchpointNode = memo(function TouchpointNode({ data, selected }: NodeProps<TouchpointNodeType>) {
  const { view } = useEditor();
  const { touchpoint: tp, emotion, channelName, dimmed, editingTitle, words } = data;
  const worst = tp.painPoints.reduce((max, p) => Math.max(max, p.severity), 0);
  const tier = TIER_COLORS[tp.tier];
  const mark = useCompareMark(tp.id);
  const titleFits = useMemo(() => fitsOverviewTitle(tp.title), [tp.title]);
  return (
    <div
      className={`tp-card${selected ? ' tp-card--selected' : ''}${dimmed ? ' tp-card--dimmed' : ''}${mark ? ` compare-mark--${mark}` : ''}`}
      data-testid="touchpoint-card"
    >
      {mark && <CompareBadge mark={mark} />}
      <Handle type="target" position={Position.Left} />
      <div className="tp-card__top">
        <span className="tp-card__tier" style={{ background: tier.fill, color: tier.text }}>
          {words.tier[tp.tier]}
        </span>
        {tp.momentOfTruth && (
          <span className="tp-card__mot" role="img" title={words.momentOfTruth} aria-label={words.momentOfTruth}>
            ★
          </span>
        )}
        {emotion !== undefined && (
          <span
            className="tp-card__emotion"
            role="img"
            title={words.emotion(emotion)}
            aria-label={words.emotion(emotion)}
          >
            <EmotionFace emotion={emotion} />
          </span>
        )}
      </div>
      {editingTitle ? (
        <CardTitleEditor touchpointId={tp.id} stageId={tp.stageId} title={tp.title} />
      ) : (
        <div
          className={`tp-card__title${titleFits ? ' tp-card__title--fits' : ''}`}
          onDoubleClick={() => view.getState().set({ editingTitleId: tp.id })}
        >
          {tp.title || '—'}
        </div>
      )}
      <div className="tp-card__bottom">
        <span className="tp-card__channel">
          <ChannelIcon channel={tp.channel} /> {channelName}
        </span>
        {tp.painPoints.length > 0 && (
          <span
            className="tp-card__pain"
            role="img"
            style={{ background: severityColor(worst) }}
            aria-label={words.painCount(tp.painPoints.length, worst)}
          >
            {tp.painPoints.length}
          </span>
        )}
        {tp.metrics.length > 0 && <span className="tp-card__kpi">{words.kpiChip(tp.metrics.length)}</span>}
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
