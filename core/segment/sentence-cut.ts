// Where to cut a row's text in two when a reviewer splits it: at a line break (paragraph boundary) or
// after a sentence's closing mark, whichever lies nearest the point the reviewer aimed at.

// A sentence ends with . ! ? … (or the CJK/Devanagari/Arabic marks), maybe inside closing quotes or
// brackets, and the next one starts after white space.
const SENTENCE_BREAK = /[.!?…。！？।؟]["'»”’)\]]*(?=\s+\S)/gu;

/** Offsets where a text may be cut: after each line break and each sentence break (before the next word). */
export function cutCandidates(text: string): number[] {
  const out = new Set<number>();
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' && i + 1 < text.length) out.add(i + 1);
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    let at = m.index + m[0].length;
    while (at < text.length && /\s/u.test(text.charAt(at))) at++;
    if (at < text.length) out.add(at);
  }
  return [...out].sort((a, b) => a - b);
}

/** The cut candidate of `text` nearest to `fraction` of its length, or null when there is none. */
export function nearestCut(text: string, fraction: number): number | null {
  const target = Math.max(0, Math.min(1, fraction)) * text.length;
  let best: number | null = null;
  for (const c of cutCandidates(text))
    if (best === null || Math.abs(c - target) < Math.abs(best - target)) best = c;
  return best;
}

/**
 * Offsets that split a row at the reviewer's caret in the correction field (`value`, caret at `caret`):
 * the MT is cut at the caret itself while the field still holds the MT unchanged, otherwise at its cut
 * nearest the same share of the text; the source at its cut nearest that share. A side without any cut
 * goes whole to the first row (length) — the second row then has no paragraph on that side.
 */
export function cutsAtCaret(
  row: { source: string; mt: string },
  value: string,
  caret: number,
): { source: number; target: number; correction: number } {
  const fraction = value.length === 0 ? 0.5 : caret / value.length;
  const target =
    value === row.mt && caret > 0 && caret < value.length
      ? caret
      : (nearestCut(row.mt, fraction) ?? row.mt.length);
  const source = nearestCut(row.source, fraction) ?? row.source.length;
  return { source, target, correction: caret };
}
