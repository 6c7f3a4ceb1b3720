/**
 * Words drawn into a map export. The caller passes them in so the app can localise the
 * export; the CLI uses these English defaults.
 */
import type { Tier } from '../model/catalogues';
import { catalogue } from '../i18n/en/catalogue';

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

export const DEFAULT_MAP_LABELS: MapLabels = {
  tiers: { ...catalogue.tier },
  momentOfTruth: 'Moment of truth',
  emotion: 'Emotion',
  emotionCurve: 'Emotion curve',
  painPoints: 'Pain points (colour: worst severity)',
  severity: 'Severity',
  persona: 'Persona',
  goals: 'Goals',
  needs: 'Needs',
  expectations: 'Expectations',
  customerGoal: 'Goal',
  kpi: 'KPI',
  untitled: '—',
  channelNames: {},
};
