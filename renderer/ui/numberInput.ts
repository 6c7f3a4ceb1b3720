/**
 * Reading a number the user types. Empty means "missing" (a KPI without a baseline yet);
 * anything that is not a finite number is reported as invalid and never reaches the document.
 */
export type NumberInput = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

// Digits with an optional decimal point or comma and exponent; no hex, no "Infinity", no thousands separators.
const NUMBER = /^[-+−]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$/i;

export function parseNumberInput(text: string): NumberInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (!NUMBER.test(trimmed)) return { kind: 'invalid' };
  const value = Number(trimmed.replace('−', '-').replace(',', '.'));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** The value the text stands for, `undefined` for empty, `null` for invalid. */
export function numberFromInput(text: string): number | undefined | null {
  const parsed = parseNumberInput(text);
  return parsed.kind === 'number' ? parsed.value : parsed.kind === 'empty' ? undefined : null;
}

export const formatNumberInput = (value: number | undefined) => (value === undefined ? '' : String(value));
