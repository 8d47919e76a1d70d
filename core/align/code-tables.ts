// Paragraph codes (kind, end mark) counted per side and across links: the tables from which the
// aligner learns how one side's codes correspond to the other's.

/** Share of a side's paragraphs with each code, add-½ smoothed so no code has share zero. */
export function codeFreq(codes: Uint8Array, size: number): Float64Array {
  const f = new Float64Array(size);
  for (const c of codes) f[c] = (f[c] as number) + 1;
  for (let k = 0; k < size; k++) f[k] = ((f[k] as number) + 0.5) / (codes.length + size / 2);
  return f;
}

/**
 * Counts of (source code, target code) over links, at [a * size + b]. With `skipUnknown`, links where
 * either paragraph has code 0 (unknown) are left out. `n` is the number of links counted.
 */
export function linkCodeCounts(
  source: Uint8Array,
  target: Uint8Array,
  size: number,
  links: readonly (readonly [number, number])[],
  skipUnknown: boolean,
): { table: Float64Array; n: number } {
  const table = new Float64Array(size * size);
  let n = 0;
  for (const [p, q] of links) {
    const a = source[p] as number;
    const b = target[q] as number;
    if (skipUnknown && (a === 0 || b === 0)) continue;
    table[a * size + b] = (table[a * size + b] as number) + 1;
    n++;
  }
  return { table, n };
}
