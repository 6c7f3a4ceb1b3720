/**
 * Numbers and their units as the report writes them, with no words of any language: the diff's
 * sentences use these too, and so load with the window's canvas without the report's catalogues.
 */

/** A number with at most `digits` decimals and no trailing zeros; "—" for null. */
export function formatNumber(value: number | null, digits = 2): string {
  if (value === null) return '—';
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

export function formatSigned(value: number | null): string {
  if (value === null) return '—';
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/** Currency signs go before the number ("$41"); other units after it, "%" and "‰" without a space. */
const PREFIX_UNIT = /^[$€£¥₹₩₽₺₫฿₪]$|^(US|HK|NT|A|C|NZ|S)\$$/;
const TIGHT_UNIT = /^(%|‰|°|°C|°F|×|x)$/;

/** A value with the unit the user typed: "61%", "$41", "25 min"; "—" for null, whatever the unit. */
export function formatWithUnit(value: number | null, unit: string | null | undefined, signed = false): string {
  if (value === null) return '—';
  return attachUnit(signed ? formatSigned(value) : formatNumber(value), unit);
}

/** A number already written out (with its sign, in any locale's digits) and its unit, placed as formatWithUnit does. */
export function attachUnit(number: string, unit: string | null | undefined): string {
  const u = unit?.trim();
  if (!u) return number;
  if (PREFIX_UNIT.test(u)) {
    // The sign stays in front of the currency: "+$3", "-$3".
    const sign = /^[+-]/.test(number) ? number[0] : '';
    return `${sign}${u}${sign ? number.slice(1) : number}`;
  }
  return TIGHT_UNIT.test(u) ? `${number}${u}` : `${number} ${u}`;
}
