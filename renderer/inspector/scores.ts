/** Whole-number scales (severity, impact, effort) chosen from a list: only in-range integers pass. */
export const scoreRange = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** The score a select's value stands for, or undefined when it is not a whole number in range. */
export function parseScore(value: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(value)) return undefined;
  const score = Number(value);
  return score >= min && score <= max ? score : undefined;
}
