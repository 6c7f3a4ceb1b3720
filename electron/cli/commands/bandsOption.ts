/**
 * `--bands pain-points,opportunities` on `export`: the map's optional bands under the curves
 * (shared/render renderJourneySvg's layers), as the app draws the ones its map shows.
 */
import type { MapBands } from '../../../shared/render';
import { CliFailure, stringOption, type CliContext, type CliOption } from '../contract';

const BANDS = { 'pain-points': 'painPoints', opportunities: 'opportunities' } as const;
const NAMES = Object.keys(BANDS) as (keyof typeof BANDS)[];

export const BANDS_OPTION: CliOption = {
  type: 'string',
  value: NAMES.join(','),
  description:
    'png, svg, pdf, html: the bands under the emotion curves, comma-separated: each stage’s pain points (most severe first) and opportunities (default: none)',
};

export function bandsOption(ctx: CliContext): MapBands {
  const value = stringOption(ctx, 'bands');
  if (value === undefined) return {};
  const bands: MapBands = {};
  for (const name of value.split(',').map((n) => n.trim())) {
    if (!Object.hasOwn(BANDS, name)) {
      throw new CliFailure(`unknown band "${name}" in --bands; choose from: ${NAMES.join(', ')}`);
    }
    bands[BANDS[name as keyof typeof BANDS]] = true;
  }
  return bands;
}
