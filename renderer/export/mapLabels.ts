/** The words drawn into an exported map, in the UI language (users' own text is never translated). */
import type { TFunction } from 'i18next';
import { BUILT_IN_CHANNELS, TIERS } from '../../shared/model';
import type { MapLabels } from '../../shared/render';

export function mapLabels(t: TFunction): MapLabels {
  return {
    tiers: Object.fromEntries(TIERS.map((tier) => [tier, t(`tier.${tier}`)])) as MapLabels['tiers'],
    momentOfTruth: t('mapLabel.momentOfTruth'),
    emotion: t('mapLabel.emotion'),
    emotionCurve: t('mapLabel.emotionCurve'),
    painPoints: t('mapLabel.painPoints'),
    severity: t('mapLabel.severity'),
    persona: t('mapLabel.persona'),
    goals: t('mapLabel.goals'),
    needs: t('mapLabel.needs'),
    expectations: t('mapLabel.expectations'),
    customerGoal: t('mapLabel.customerGoal'),
    kpi: t('mapLabel.kpi'),
    untitled: t('mapLabel.untitled'),
    channelNames: Object.fromEntries(
      BUILT_IN_CHANNELS.map((c) => [c.id, t(`channel.${c.id}`, { defaultValue: c.name })]),
    ),
  };
}
