/**
 * Compressed rows, how the graph index and the compiled map store adjacency: the items of row r live at
 * start[r] .. start[r+1]-1 of one flat array. They are filled by a counting sort: count each item's row
 * at start[row + 1], take prefix sums, then place items at a moving cursor per row.
 */

/** Adds one to counts[at]. */
export function count(counts: Int32Array, at: number): void {
  counts[at] = (counts[at] as number) + 1;
}

/** Turns per-row counts (stored one place to the right) into row starts, in place. */
export function prefixSum(counts: Int32Array): void {
  for (let i = 1; i < counts.length; i++) counts[i] = (counts[i] as number) + (counts[i - 1] as number);
}
