/**
 * The fewest moves that turn one order of ids into another: every id of `current` that is not
 * wanted (or is there twice) goes, the longest run of wanted ids already in the wanted order
 * stays, and only the rest are moved. Moving one card to the end is then one move, not one per
 * other card, so a concurrent edit elsewhere in the order is not disturbed.
 */
export interface KeptInOrder {
  /** The ids that stay where they are, in order. */
  keep: string[];
  /** Indices into `current` to remove, ascending. */
  removeIndices: number[];
}

export function keptInOrder(current: readonly string[], wanted: readonly string[]): KeptInOrder {
  const wantedRank = new Map<string, number>();
  wanted.forEach((id, rank) => wantedRank.set(id, rank));
  const seen = new Set<string>();
  // Candidates: the first occurrence of each wanted id, as (index in current, rank in wanted).
  const candidates: { index: number; rank: number }[] = [];
  current.forEach((id, index) => {
    const rank = wantedRank.get(id);
    if (rank === undefined || seen.has(id)) return;
    seen.add(id);
    candidates.push({ index, rank });
  });
  const staying = longestIncreasingRun(candidates.map((candidate) => candidate.rank)).map(
    (position) => candidates[position]?.index ?? -1,
  );
  const stayingIndices = new Set(staying);
  const removeIndices: number[] = [];
  const keep: string[] = [];
  current.forEach((id, index) => {
    if (stayingIndices.has(index)) keep.push(id);
    else removeIndices.push(index);
  });
  return { keep, removeIndices };
}

/** Positions of a longest strictly increasing subsequence of `values` (patience sorting, n log n). */
export function longestIncreasingRun(values: readonly number[]): number[] {
  // tails[k]: the position ending the best run of length k + 1 found so far (its value the smallest).
  const tails: number[] = [];
  const previous: number[] = [];
  const valueAt = (position: number | undefined) =>
    position === undefined ? Infinity : (values[position] ?? Infinity);
  values.forEach((value, position) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (valueAt(tails[middle]) < value) low = middle + 1;
      else high = middle;
    }
    previous[position] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = position;
  });
  const run: number[] = [];
  for (let position = tails.at(-1) ?? -1; position !== -1; position = previous[position] ?? -1) run.push(position);
  return run.reverse();
}
