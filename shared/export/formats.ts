/**
 * What an export can be: the map as an image or a PDF, or the CX report as text. One list for
 * the app's Export dialog, the command line and the settings, so none of them can drift.
 */

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'html', 'md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that draw the map; the others render the CX report. */
export const MAP_FORMATS = ['png', 'svg', 'pdf'] as const satisfies readonly ExportFormat[];
export type MapFormat = (typeof MAP_FORMATS)[number];

/** What `journey-studio report --format` takes, the JSON contract first (it is the default). */
export const REPORT_FORMATS = ['json', 'md', 'html', 'csv'] as const satisfies readonly ExportFormat[];
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function isMapFormat(format: ExportFormat): format is MapFormat {
  return (MAP_FORMATS as readonly string[]).includes(format);
}

/** File extension and media type of each format. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  png: { extension: 'png', mime: 'image/png' },
  svg: { extension: 'svg', mime: 'image/svg+xml' },
  pdf: { extension: 'pdf', mime: 'application/pdf' },
  html: { extension: 'html', mime: 'text/html' },
  md: { extension: 'md', mime: 'text/markdown' },
  csv: { extension: 'csv', mime: 'text/csv' },
  json: { extension: 'json', mime: 'application/json' },
};
