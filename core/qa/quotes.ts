/**
 * Unbalanced quotation marks: the typical trace of MT turning a Russian dialogue dash ("— Текст, —
 * сказал он") into an English quote that is never opened or closed. Counts each pair kind separately.
 */
const PAIRS: [string, string][] = [
  ['\u201c', '\u201d'], // “ ”
  ['\u00ab', '\u00bb'], // « »
  ['\u201e', '\u201c'], // „ “ (German/Russian low-high)
];

export function unbalancedQuotes(text: string): boolean {
  const straight = (text.match(/"/gu) ?? []).length;
  if (straight % 2 === 1) return true;
  for (const [open, close] of PAIRS) {
    if (open === '\u201e') continue; // shares “ with the English pair; counted there
    let depth = 0;
    for (const char of text) {
      if (char === open) depth += 1;
      else if (char === close) {
        depth -= 1;
        if (depth < 0) return true;
      }
    }
    if (depth !== 0) return true;
  }
  return false;
}
