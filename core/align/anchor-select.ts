import { docFreq, type PairFeatures, type SideFeatures } from './features';
import type { TokenLexicon } from './lexicon';
import { TokenClass } from './tokenize';

/** At most this many tokens of a paragraph take part in matching (the rarest ones): one 32-bit mask. */
export const TOP_K = 32;
// Chance rates are ranked at this resolution (ties keep paragraph order).
const RATE_SCALE = 2 ** 36;
const MAX_KEYED = 65536;

/**
 * The anchor tokens of each paragraph of one side: its rarest tokens that can meet the other side
 * (identically, as a name skeleton, or through the lexicon), with their chance rates.
 */
export type AnchorSelection = {
  topStart: Int32Array;
  topTok: Int32Array;
  topCls: Uint8Array;
  /** Per vocabulary entry: share of the other side's paragraphs holding a counterpart (0: none). */
  pn: Float64Array;
  /** Bits of paragraph x whose token also occurs in paragraph x-1 (shared1) or x-2 (shared2). */
  shared1: Uint32Array;
  shared2: Uint32Array;
};

function keysFreq(other: SideFeatures, t: number, start: Int32Array, list: Int32Array): number {
  let df = docFreq(other, t);
  for (let k = start[t] as number; k < (start[t + 1] as number); k++)
    df += docFreq(other, list[k] as number);
  return df;
}

/** Choose the anchor tokens of every paragraph of one side given a lexicon. O(tokens · log K). */
export function selectAnchors(
  features: PairFeatures,
  which: 'source' | 'target',
  lex: TokenLexicon,
): AnchorSelection {
  const side = features[which];
  const other = which === 'source' ? features.target : features.source;
  const start = which === 'source' ? lex.fwdStart : lex.bwdStart;
  const list = which === 'source' ? lex.fwd : lex.bwd;
  const m = Math.max(1, other.n);
  const pnCache = new Float64Array(features.vocab.size).fill(-1);
  const cls = features.cls;
  const topStart = new Int32Array(side.n + 1);
  // At most TOP_K anchors per paragraph and never more than its tokens: one buffer for the side.
  const toks = new Int32Array(Math.min(side.tokIds.length, side.n * TOP_K));
  let nt = 0;
  const cand: number[] = [];
  let keys = new Float64Array(256);
  for (let p = 0; p < side.n; p++) {
    cand.length = 0;
    for (let k = side.tokStart[p] as number; k < (side.tokStart[p + 1] as number); k++) {
      const t = side.tokIds[k] as number;
      let pn = pnCache[t] as number;
      if (pn < 0) {
        const df = keysFreq(other, t, start, list);
        // Numbers and code survive translation as they are: one missing from the whole other side
        // is evidence that its paragraph has no counterpart, so it stays (it can only miss).
        const keep = df > 0 || cls[t] === TokenClass.number || cls[t] === TokenClass.code;
        pn = keep ? Math.min(0.95, (df + 0.5) / (m + 1)) : 0;
        pnCache[t] = pn;
      }
      if (pn > 0) cand.push(t);
    }
    if (cand.length > TOP_K && cand.length <= MAX_KEYED) {
      // Rarest first: sort numeric keys (chance rate, then paragraph order) without a comparator.
      if (keys.length < cand.length) keys = new Float64Array(cand.length * 2);
      for (let x = 0; x < cand.length; x++)
        keys[x] = Math.floor((pnCache[cand[x] as number] as number) * RATE_SCALE) * MAX_KEYED + x;
      const sorted = keys.subarray(0, cand.length).sort();
      for (let x = 0; x < TOP_K; x++)
        toks[nt++] = cand[(sorted[x] as number) % MAX_KEYED] as number;
    } else if (cand.length > TOP_K) {
      cand.sort((a, b) => (pnCache[a] as number) - (pnCache[b] as number));
      for (let x = 0; x < TOP_K; x++) toks[nt++] = cand[x] as number;
    } else for (const t of cand) toks[nt++] = t;
    topStart[p + 1] = nt;
  }
  const topTok = toks.slice(0, nt);
  const topCls = new Uint8Array(topTok.length);
  for (let x = 0; x < topTok.length; x++) topCls[x] = cls[topTok[x] as number] as number;
  const shared1 = new Uint32Array(side.n);
  const shared2 = new Uint32Array(side.n);
  const stamp = new Int32Array(features.vocab.size).fill(-1);
  for (let p = 0; p < side.n; p++) {
    for (let x = topStart[p] as number; x < (topStart[p + 1] as number); x++) {
      const owner = stamp[topTok[x] as number] as number;
      const bit = (1 << (x - (topStart[p] as number))) >>> 0;
      if (owner === p - 1) shared1[p] = ((shared1[p] as number) | bit) >>> 0;
      else if (owner === p - 2) shared2[p] = ((shared2[p] as number) | bit) >>> 0;
    }
    for (let k = side.tokStart[p] as number; k < (side.tokStart[p + 1] as number); k++)
      stamp[side.tokIds[k] as number] = p;
  }
  return { topStart, topTok, topCls, pn: pnCache, shared1, shared2 };
}
