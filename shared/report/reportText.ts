/** Number formats and display names shared by the Markdown, CSV and HTML renderings of a report. */
import { KPI_IDS, channelName, kpiName } from '../model/catalogues';
import type { Journey, Stage, Touchpoint } from '../model/types';
import { formatNumber } from './numberText';
import { channelLabel, type ReportWords } from './reportWords';

export { attachUnit, formatNumber, formatSigned, formatWithUnit } from './numberText';

export function formatPercent(ratio: number | null): string {
  return ratio === null ? '—' : `${formatNumber(ratio * 100, 1)}%`;
}

/** Lookups from ids in a report back to what the journey calls them. */
export interface ReportNames {
  touchpoint(id: string): Touchpoint | undefined;
  touchpointTitle(id: string): string;
  stage(id: string): Stage | undefined;
  stageName(id: string): string;
  channel(id: string): string;
  kpi(id: string): string;
}

/**
 * `words` picks the language of the built-in names (channels, KPIs). English keeps the model's
 * own English names, which the Markdown and CSV files have always carried; other languages take
 * the i18n catalogue's. The user's own names (stages, touchpoints, custom channels) are never translated.
 */
export function reportNames(journey: Journey, words: ReportWords): ReportNames {
  const touchpoints = new Map(journey.touchpoints.map((tp) => [tp.id, tp]));
  const stages = new Map(journey.stages.map((s) => [s.id, s]));
  const english = words.language === 'en';
  return {
    touchpoint: (id) => touchpoints.get(id),
    touchpointTitle: (id) => touchpoints.get(id)?.title.trim() || id,
    stage: (id) => stages.get(id),
    stageName: (id) => stages.get(id)?.name.trim() || id,
    channel: (id) => (english ? channelName(id, journey.channels) : channelLabel(journey, words, id)),
    kpi: (id) => kpiLabel(id, words),
  };
}

/** A built-in KPI's name in the words' language (English: the model's name); an unknown id as it is. */
export function kpiLabel(id: string, words: ReportWords): string {
  if (words.language === 'en' || !(KPI_IDS as readonly string[]).includes(id)) return kpiName(id);
  return words.translate(`kpi.${id}`);
}

/** A metric's name: its own label if it has one, else the KPI's name. */
export function metricName(
  touchpoint: Touchpoint | undefined,
  metricId: string,
  kpi: string,
  words: ReportWords,
): string {
  const metric = touchpoint?.metrics.find((m) => m.id === metricId);
  return metric?.label?.trim() || kpiLabel(kpi, words);
}
