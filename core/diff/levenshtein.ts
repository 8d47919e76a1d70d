/**
 * Plain Levenshtein distance (insert, delete, substitute all cost 1) over characters or words.
 * Characters are Unicode code points, so an emoji or a Cyrillic letter counts once.
 */

export type EditUnit = 'char' | 'word';

/** Splits text into words on any run of whitespace (the same rule the TER tokenizer uses). */
export function words(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/u);
}

/**
 * Edit distance between two sequences. Common prefix and suffix are skipped first, so near-identical
 * paragraphs cost O(n); the rest is the classic two-row DP, O(n·m) time, O(min(n, m)) memory.
 */
export function editDistance<T>(a: readonly T[], b: readonly T[]): number {
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a[start] === b[start]) start++;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  let x = a.slice(start, endA);
  let y = b.slice(start, endB);
  if (x.length < y.length) [x, y] = [y, x];
  if (y.length === 0) return x.length;
  let prev = new Int32Array(y.length + 1);
  let cur = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (xi === y[j - 1] ? 0 : 1);
      const del = (prev[j] ?? 0) + 1;
      const ins = (cur[j - 1] ?? 0) + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length] ?? 0;
}

/** Levenshtein distance between two texts, counted in code points ('char') or whitespace-separated words. */
export function levenshtein(a: string, b: string, unit: EditUnit = 'char'): number {
  return unit === 'char'
    ? editDistance(Array.from(a), Array.from(b))
    : editDistance(words(a), words(b));
}
