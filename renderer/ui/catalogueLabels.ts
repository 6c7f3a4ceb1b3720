/**
 * Display names of catalogue values. The keys (`channel.<id>`, `kpi.<id>`, `severity.<n>`,
 * `painSource.<id>`, `opportunityStatus.<id>`, `tierHelp.<tier>`) belong to the catalogue
 * strings module; until a locale has them, the English names below stand in so the panels
 * never show a raw key.
 */
import type { TFunction } from 'i18next';
import { channelName, kpiName, type CustomChannel, type Tier } from '../../shared/model';

const SEVERITY_NAMES: Record<number, string> = {
  1: 'Minor',
  2: 'Moderate',
  3: 'Significant',
  4: 'Severe',
  5: 'Critical',
};
const PAIN_SOURCE_NAMES: Record<string, string> = { direct: 'Direct', indirect: 'Indirect', inferred: 'Inferred' };
const STATUS_NAMES: Record<string, string> = {
  idea: 'Idea',
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
};
const TIER_HELP: Record<Tier, string> = {
  utility: 'Meets needs: on time, complete, consistent, of value.',
  usability: 'Easy: little friction, simple to get done.',
  delight: 'Enjoyable: emotionally pleasing moments.',
};

export interface CatalogueLabels {
  channel(id: string, custom?: readonly CustomChannel[]): string;
  kpi(id: string): string;
  severity(level: number): string;
  painSource(id: string): string;
  opportunityStatus(id: string): string;
  tier(tier: Tier): string;
  tierHelp(tier: Tier): string;
}

export function catalogueLabels(t: TFunction): CatalogueLabels {
  return {
    // A custom channel's name is the user's own text, never translated.
    channel: (id, custom = []) =>
      custom.some((c) => c.id === id) ? channelName(id, custom) : t(`channel.${id}`, { defaultValue: channelName(id) }),
    kpi: (id) => t(`kpi.${id}`, { defaultValue: kpiName(id) }),
    severity: (level) => t(`severity.${level}`, { defaultValue: SEVERITY_NAMES[level] ?? String(level) }),
    painSource: (id) => t(`painSource.${id}`, { defaultValue: PAIN_SOURCE_NAMES[id] ?? id }),
    opportunityStatus: (id) => t(`opportunityStatus.${id}`, { defaultValue: STATUS_NAMES[id] ?? id }),
    tier: (tier) => t(`tier.${tier}`),
    tierHelp: (tier) => t(`tierHelp.${tier}`, { defaultValue: TIER_HELP[tier] }),
  };
}
