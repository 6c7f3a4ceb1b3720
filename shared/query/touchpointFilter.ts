/** Filter and highlight: which touchpoints match the user's filter (the others are dimmed). */
import type { Tier } from '../model/catalogues';
import type { Touchpoint } from '../model/types';

export interface TouchpointFilter {
  channels: string[];
  tiers: Tier[];
  /** Only touchpoints with a pain point of at least this severity; 0 for no limit. */
  minSeverity: number;
  momentsOfTruthOnly: boolean;
  /** Case-insensitive text over titles, descriptions, pain points, opportunities and notes. */
  text: string;
}

export const EMPTY_FILTER: TouchpointFilter = {
  channels: [],
  tiers: [],
  minSeverity: 0,
  momentsOfTruthOnly: false,
  text: '',
};

export function isFilterActive(f: TouchpointFilter): boolean {
  return (
    f.channels.length > 0 || f.tiers.length > 0 || f.minSeverity > 0 || f.momentsOfTruthOnly || f.text.trim() !== ''
  );
}

export function matchesFilter(tp: Touchpoint, f: TouchpointFilter): boolean {
  if (f.channels.length > 0 && !f.channels.includes(tp.channel)) return false;
  if (f.tiers.length > 0 && !f.tiers.includes(tp.tier)) return false;
  if (f.minSeverity > 0 && !tp.painPoints.some((p) => p.severity >= f.minSeverity)) return false;
  if (f.momentsOfTruthOnly && !tp.momentOfTruth) return false;
  const needle = f.text.trim().toLocaleLowerCase();
  if (needle) {
    const haystack = [
      tp.title,
      tp.description,
      tp.notes,
      ...tp.painPoints.flatMap((p) => [p.text, p.evidence]),
      ...tp.opportunities.map((o) => o.text),
    ]
      .filter((s): s is string => typeof s === 'string')
      .join('\n')
      .toLocaleLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}
