import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { TIER_COLORS, severityColor } from '../../shared/layout/tokens';
import { useEditor } from '../editor/EditorContext';
import { CardTitleEditor } from './CardTitleEditor';
import { ChannelIcon, EmotionFace } from './icons';
import type { TouchpointNodeType } from './flowTypes';

/** A touchpoint card: title, channel, tier badge, emotion, pain count by worst severity, moment of truth, KPIs. */
export const TouchpointNode = memo(function TouchpointNode({ data, selected }: NodeProps<TouchpointNodeType>) {
  const { t } = useTranslation();
  const { view } = useEditor();
  const { touchpoint: tp, channelName, dimmed, editingTitle } = data;
  const worst = tp.painPoints.reduce((max, p) => Math.max(max, p.severity), 0);
  const tier = TIER_COLORS[tp.tier];
  return (
    <div
      className={`tp-card${selected ? ' tp-card--selected' : ''}${dimmed ? ' tp-card--dimmed' : ''}`}
      data-testid="touchpoint-card"
    >
      <Handle type="target" position={Position.Left} />
      <div className="tp-card__top">
        <span className="tp-card__tier" style={{ background: tier.fill, color: tier.text }}>
          {t(`tier.${tp.tier}`)}
        </span>
        {tp.momentOfTruth && (
          <span
            className="tp-card__mot"
            role="img"
            title={t('canvas.momentOfTruth')}
            aria-label={t('canvas.momentOfTruth')}
          >
            ★
          </span>
        )}
        {tp.emotion !== undefined && (
          <span
            className="tp-card__emotion"
            role="img"
            title={t('canvas.emotion', { value: tp.emotion })}
            aria-label={t('canvas.emotion', { value: tp.emotion })}
          >
            <EmotionFace emotion={tp.emotion} />
          </span>
        )}
      </div>
      {editingTitle ? (
        <CardTitleEditor touchpointId={tp.id} stageId={tp.stageId} title={tp.title} />
      ) : (
        <div className="tp-card__title" onDoubleClick={() => view.getState().set({ editingTitleId: tp.id })}>
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
            aria-label={t('canvas.painCount', { count: tp.painPoints.length, worst })}
          >
            {tp.painPoints.length}
          </span>
        )}
        {tp.metrics.length > 0 && (
          <span className="tp-card__kpi">{t('canvas.kpiChip', { count: tp.metrics.length })}</span>
        )}
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
