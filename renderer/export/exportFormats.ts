/**
 * What the Export dialog can produce and which options it shows: the shared option matrix
 * (shared/export), less what the app's PDF cannot do. The app prints PDFs through a print
 * view fitted to one page, so tiling stays a command-line option.
 */
import {
  DEFAULT_EXPORT_OPTION_VALUES,
  EXPORT_FORMATS,
  FORMAT_FILES,
  PAGE_SIZE_IDS,
  optionsOf,
  type ExportFormat,
  type ExportOptionName,
  type ExportOptionValues,
  type PageSize,
} from '../../shared/export';
import type { MapBands } from '../../shared/render';

export { EXPORT_FORMATS, FORMAT_FILES, PAGE_SIZE_IDS as PAGE_SIZES, type ExportFormat, type PageSize };

/** The dialog's state: a format and a value for every option, kept while the user switches formats. */
export interface ExportOptions extends ExportOptionValues {
  format: ExportFormat;
  /** The bands the map shows (View menu), drawn into map exports too; never remembered by the dialog. */
  bands?: MapBands;
}

/** The dialog opens on a 2× PNG (sharp on high-density screens); everything else is the matrix's default. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { ...DEFAULT_EXPORT_OPTION_VALUES, format: 'png', scale: 2 };

/** Options of the matrix the app's hosts cannot honour. */
const NOT_IN_APP: readonly ExportOptionName[] = ['tile'];

/** Which options matter for a format (the dialog shows only those). */
export function optionsFor(format: ExportFormat): ReadonlySet<ExportOptionName> {
  return new Set(optionsOf(format).filter((option) => !NOT_IN_APP.includes(option)));
}
