/**
 * A map too wide to read on one page is split into parts: runs of whole stages, each drawn as
 * its own map (lanes, cards, emotion curve, legend) and printed on its own page. Splitting
 * between stages keeps every card whole and every part a journey read left to right; flows
 * between parts leave and enter at the edges (renderJourneySvg's `stages`).
 */
import { layoutMap } from '../layout/mapLayout';
import { SIZES } from '../layout/tokens';
import type { Journey } from '../model/types';
import { MAP_MARGIN, renderJourneySvg, type MapSvg, type MapSvgOptions, type StageRange } from './renderJourneySvg';

/** A part's drawn width for the lanes from `first` to `last`: lanes, the gaps between them, margins. */
function partWidth(widths: readonly number[], first: number, last: number): number {
  let sum = 0;
  for (let i = first; i <= last; i++) sum += widths[i]!;
  return sum + (last - first) * SIZES.laneGap + 2 * MAP_MARGIN;
}

/** Runs of stages packed from the left, none wider than `limit` unless one stage alone is. */
function pack(widths: readonly number[], limit: number): StageRange[] {
  const ranges: StageRange[] = [];
  let first = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i === widths.length || partWidth(widths, first, i) > limit) {
      ranges.push({ first, last: i - 1 });
      first = i;
    }
  }
  return ranges;
}

/**
 * The stages split into as few runs as fit `maxWidth` (CSS px), then evened out: the widest
 * run is made as narrow as that number of runs allows, so the pages print at similar sizes.
 * A map that fits gives one run of every stage; a map without stages gives none.
 */
export function splitStages(laneWidths: readonly number[], maxWidth: number): StageRange[] {
  if (laneWidths.length === 0) return [];
  const fewest = pack(laneWidths, maxWidth);
  if (fewest.length === 1) return fewest;
  // The narrowest limit that still needs no more runs (binary search over whole pixels).
  let low = Math.max(...laneWidths.map((_, i) => partWidth(laneWidths, i, i)));
  let high = Math.max(low, Math.ceil(maxWidth));
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (pack(laneWidths, mid).length <= fewest.length) high = mid;
    else low = mid + 1;
  }
  return pack(laneWidths, low);
}

/**
 * The most parts a map is split into. A map that needs more (hundreds of stages) is drawn
 * whole instead: pages of it one by one would not make it readable, and take long to make;
 * a tiled PDF or the SVG serves such a map.
 */
export const MAX_MAP_PARTS = 24;

export interface MapPart {
  stages: StageRange;
  map: MapSvg;
}

/**
 * The map in parts no wider than `maxWidth` CSS px, each without the title block (the page or
 * document around it names the journey once). One part when the whole map fits.
 */
export function renderMapParts(
  journey: Journey,
  maxWidth: number,
  options: Pick<MapSvgOptions, 'theme' | 'labels' | 'background' | 'idPrefix' | 'layers'>,
): MapPart[] {
  const lanes = layoutMap(journey).lanes.map((lane) => lane.width);
  const ranges = splitStages(lanes, maxWidth);
  const whole = ranges.length <= 1 || ranges.length > MAX_MAP_PARTS;
  const layers = { ...options.layers, header: false };
  if (whole)
    return [
      {
        stages: { first: 0, last: Math.max(0, lanes.length - 1) },
        map: renderJourneySvg(journey, { ...options, layers }),
      },
    ];
  return ranges.map((stages, i) => ({
    stages,
    map: renderJourneySvg(journey, {
      ...options,
      layers,
      stages,
      // Several parts may share one page (the HTML report): their ids must not collide.
      idPrefix: `${options.idPrefix ?? 'jsmap'}-${i + 1}`,
    }),
  }));
}
