import { codeFreq, linkCodeCounts } from './code-tables';
import type { PairFeatures } from './features';

/**
 * How a paragraph ends: 0 a letter or digit (no mark), 1 full stop, 2 question, 3 exclamation,
 * 4 comma, 5 semicolon, 6 colon, 7 dash, 8 anything else. Script-blind: CJK, Arabic and Indic marks
 * map onto the same classes; what each class corresponds to across the pair is learned from links.
 */
export const END_CODES = 9;

const CLOSERS = '"\'»”’)]}›」』）';
const MARKS: Record<string, number> = {
  '.': 1,
  '。': 1,
  '।': 1,
  '॥': 1,
  '…': 1,
  '?': 2,
  '？': 2,
  '؟': 2,
  '!': 3,
  '！': 3,
  ',': 4,
  '，': 4,
  '、': 4,
  '،': 4,
  ';': 5,
  '；': 5,
  '؛': 5,
  ':': 6,
  '：': 6,
  '-': 7,
  '–': 7,
  '—': 7,
};

/** End-mark class of a paragraph (closing quotes and brackets are looked through). */
export function endMark(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && (/\s/.test(text.charAt(k)) || CLOSERS.includes(text.charAt(k)))) k--;
  if (k < 0) return 0;
  const ch = text.charAt(k);
  const mark = MARKS[ch];
  if (mark !== undefined) return mark;
  return /[\p{L}\p{N}\p{M}]/u.test(ch) || (ch >= '\ud800' && ch <= '\udfff') ? 0 : 8;
}

// How many links' worth of weight the smoothing model keeps against the pair's own counts.
const PRIOR_LINKS = 8;
// Even a pair whose links always keep the mark leaves room for one that does not.
const MAX_KEPT = 0.9;

/**
 * Log-likelihood ratio of the end marks of a linked pair, [eS * END_CODES + eT]: joint frequency on
 * the pair's trusted links against the two sides' own frequencies. The counts are smoothed towards
 * "the mark is kept at the rate the links show, else independent", so a mark the links never saw
 * still counts as kept when both sides share it.
 */
export function endLLRFromLinks(
  features: PairFeatures,
  links: readonly (readonly [number, number])[],
): Float64Array {
  const out = new Float64Array(END_CODES * END_CODES);
  if (links.length === 0) return out;
  const fs = codeFreq(features.source.end, END_CODES);
  const ft = codeFreq(features.target.end, END_CODES);
  const { table: c, n } = linkCodeCounts(
    features.source.end,
    features.target.end,
    END_CODES,
    links,
    false,
  );
  let same = 0;
  for (let a = 0; a < END_CODES; a++) same += c[a * END_CODES + a] as number;
  let chance = 0;
  for (let a = 0; a < END_CODES; a++) chance += (fs[a] as number) * (ft[a] as number);
  const kept = Math.min(MAX_KEPT, Math.max(0, (same / n - chance) / (1 - chance)));
  for (let a = 0; a < END_CODES; a++)
    for (let b = 0; b < END_CODES; b++) {
      const indep = (fs[a] as number) * (ft[b] as number);
      const prior = (fs[a] as number) * ((a === b ? kept : 0) + (1 - kept) * (ft[b] as number));
      const joint = ((c[a * END_CODES + b] as number) + PRIOR_LINKS * prior) / (n + PRIOR_LINKS);
      // Only a mismatch is used: shared marks are too common to tell a link from a chance pair.
      out[a * END_CODES + b] = Math.min(0, Math.log(joint / indep));
    }
  return out;
}
