/**
 * Words drawn into a map export, from the i18n catalogues: the caller passes them in so the
 * app can localise the export; without them a map is in English.
 */
import { BUILT_IN_CHANNELS, TIERS, type Tier } from '../model/catalogues';
import { englishTranslator, type Translate } from '../i18n/translator';

export interface MapLabels {
  tiers: Record<Tier, string>;
  momentOfTruth: string;
  emotion: string;
  emotionCurve: string;
  /** Legend entry for the pain-point count, coloured by the worst severity. */
  painPoints: string;
  severity: string;
  persona: string;
  goals: string;
  needs: string;
  expectations: string;
  customerGoal: string;
  kpi: string;
  /** Shown for an empty title or name. */
  untitled: string;
  /** Display names by channel id, overriding the built-in English names. */
  channelNames: Record<string, string>;
}

/**
 * The labels in the language of `translate`: the app passes i18next's t, the command line the
 * English catalogue's translator, so an English export reads the same from either.
 */
export function mapLabelsFrom(translate: Translate): MapLabels {
  return {
    tiers: Object.fromEntries(TIERS.map((tier) => [tier, translate(`tier.${tier}`)])) as MapLabels['tiers'],
    momentOfTruth: translate('mapLabel.momentOfTruth'),
    emotion: translate('mapLabel.emotion'),
    emotionCurve: translate('mapLabel.emotionCurve'),
    painPoints: translate('mapLabel.painPoints'),
    severity: translate('mapLabel.severity'),
    persona: translate('mapLabel.persona'),
    goals: translate('mapLabel.goals'),
    needs: translate('mapLabel.needs'),
    expectations: translate('mapLabel.expectations'),
    customerGoal: translate('mapLabel.customerGoal'),
    kpi: translate('mapLabel.kpi'),
    untitled: translate('mapLabel.untitled'),
    channelNames: Object.fromEntries(BUILT_IN_CHANNELS.map((c) => [c.id, translate(`channel.${c.id}`)])),
  };
}

/** English, from the English catalogue: what a map says when the caller passes no labels. */
export const DEFAULT_MAP_LABELS: MapLabels = mapLabelsFrom(englishTranslator);
