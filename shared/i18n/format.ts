/**
 * Dates and numbers as the UI language writes them (Intl), e.g. "3 Mar 2026, 10:32" or
 * "2026年3月3日 10:32". Formatters are cached: lists format many values in one render.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  kind: string,
  language: string,
  options: object,
  make: (language: string) => F,
): F {
  const key = `${kind}|${language}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as F | undefined;
  if (!formatter) {
    try {
      formatter = make(language);
    } catch {
      // An unknown or malformed language tag must not break the UI: fall back to English.
      formatter = make('en');
    }
    cache.set(key, formatter);
  }
  return formatter;
}

function toDate(value: Date | string | number): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export type DateStyle = 'date' | 'dateTime';

/** A date (ISO string, Date or epoch ms) in the language's medium style; text that is no date comes back unchanged. */
export function formatDate(value: Date | string | number, language: string, style: DateStyle = 'dateTime'): string {
  const date = toDate(value);
  if (!date) return String(value);
  const options: Intl.DateTimeFormatOptions =
    style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
  return cached('date', language, options, (l) => new Intl.DateTimeFormat(l, options)).format(date);
}

export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', language, options, (l) => new Intl.NumberFormat(l, options)).format(value);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** How long ago (or ahead) a time is, in the largest whole unit: "3 minutes ago", "3分钟前", "yesterday". */
export function formatRelative(value: Date | string | number, language: string, now: Date = new Date()): string {
  const date = toDate(value);
  if (!date) return String(value);
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  return cached('relative', language, options, (l) => new Intl.RelativeTimeFormat(l, options)).format(
    Math.trunc(seconds / size),
    unit,
  );
}
