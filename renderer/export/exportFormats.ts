/** What the Export dialog can produce, and the options each format uses. */
export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'html', 'md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const PAGE_SIZES = ['a4', 'a3', 'letter', 'tabloid'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface ExportOptions {
  format: ExportFormat;
  scale: 1 | 2 | 4;
  background: 'white' | 'transparent';
  theme: 'light' | 'dark';
  page: PageSize;
  orientation: 'landscape' | 'portrait';
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'png',
  scale: 2,
  background: 'white',
  theme: 'light',
  page: 'a4',
  orientation: 'landscape',
};

export const FORMAT_FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  png: { extension: 'png', mime: 'image/png' },
  svg: { extension: 'svg', mime: 'image/svg+xml' },
  pdf: { extension: 'pdf', mime: 'application/pdf' },
  html: { extension: 'html', mime: 'text/html' },
  md: { extension: 'md', mime: 'text/markdown' },
  csv: { extension: 'csv', mime: 'text/csv' },
  json: { extension: 'json', mime: 'application/json' },
};

/** Which options matter for a format (the dialog shows only those). */
export function optionsFor(format: ExportFormat): ReadonlySet<keyof ExportOptions> {
  if (format === 'png') return new Set(['scale', 'background', 'theme']);
  if (format === 'svg') return new Set(['theme']);
  if (format === 'pdf') return new Set(['theme', 'page', 'orientation']);
  return new Set();
}
