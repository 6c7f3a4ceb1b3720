/**
 * Words drawn into a map export, from the i18n catalogues: the caller passes them in so the
 * app can localise the export; without them a map is in English.
 */
import { BUILT_IN_CHANNELS, TIERS, type Tier } from '../model/catalogues';
import { englishTranslator, type Translate } from '../i18n/translator';
import { BLUEPRINT_LINE_KINDS, type BlueprintLineKind } from '../layout/blueprintLines';
import { LANE_KINDS, type LaneKind } from '../model/v2/schema';

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
  /** Titles of the bands under the lanes (noteBandSvg.ts). */
  painPointsBand: string;
  opportunitiesBand: string;
  /** A band column's last line when notes were left out; `{n}` is their number. */
  moreNotes: string;
  /** Lane kinds (a lane's header, and its name when it has none). */
  laneKinds: Record<LaneKind, string>;
  /** The service blueprint's lines. */
  blueprintLines: Record<BlueprintLineKind, string>;
}

/** Where `moreNotes` puts the number (single braces: the translators fill in only double ones). */
export const MORE_NOTES_SLOT = '{n}';

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
    painPointsBand: translate('personas.band.painPoints'),
    opportunitiesBand: translate('personas.band.opportunities'),
    moreNotes: translate('personas.band.more', { n: MORE_NOTES_SLOT }),
    laneKinds: Object.fromEntries(
      LANE_KINDS.map((kind) => [kind, translate(`lanes.kind.${kind}`)]),
    ) as MapLabels['laneKinds'],
    blueprintLines: Object.fromEntries(
      BLUEPRINT_LINE_KINDS.map((kind) => [kind, translate(`lanes.line.${kind}`)]),
    ) as MapLabels['blueprintLines'],
  };
}

/** English, from the English catalogue: what a map says when the caller passes no labels. */
export const DEFAULT_MAP_LABELS: MapLabels = mapLabelsFrom(englishTranslator);
