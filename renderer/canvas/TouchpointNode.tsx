import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { EMOTION_FACES, TIER_COLORS, emotionIndex, severityColor } from '../../shared/layout/tokens';
import type { TouchpointNodeType } from './flowTypes';

/** A touchpoint card: title, channel, tier badge, emotion, pain count by worst severity, moment of truth. */
export const TouchpointNode = memo(function TouchpointNode({ data, selected }: NodeProps<TouchpointNodeType>) {
  const { t } = useTranslation();
  const { touchpoint: tp, channelName, channelIcon } = data;
  const worst = tp.painPoints.reduce((max, p) => Math.max(max, p.severity), 0);
  const tier = TIER_COLORS[tp.tier];
  return (
    <div className={`tp-card${selected ? ' tp-card--selected' : ''}`} data-testid="touchpoint-card">
      <Handle type="target" position={Position.Left} />
      <div className="tp-card__top">
        <span className="tp-card__tier" style={{ background: tier.fill, color: tier.text }}>
          {t(`tier.${tp.tier}`)}
        </span>
        {tp.momentOfTruth && (
          <span className="tp-card__mot" title="Moment of truth" aria-label="Moment of truth">
            ★
          </span>
        )}
        {tp.emotion !== undefined && (
          <span className="tp-card__emotion" title={`Emotion ${tp.emotion}`} aria-label={`Emotion ${tp.emotion}`}>
            {EMOTION_FACES[emotionIndex(tp.emotion)]}
          </span>
        )}
      </div>
      <div className="tp-card__title">{tp.title || '—'}</div>
      <div className="tp-card__bottom">
        <span className="tp-card__channel">
          <span aria-hidden="true">{channelIcon}</span> {channelName}
        </span>
        {tp.painPoints.length > 0 && (
          <span
            className="tp-card__pain"
            style={{ background: severityColor(worst) }}
            aria-label={`${tp.painPoints.length} pain points, worst severity ${worst}`}
          >
            {tp.painPoints.length}
          </span>
        )}
        {tp.metrics.length > 0 && <span className="tp-card__kpi">KPI {tp.metrics.length}</span>}
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
