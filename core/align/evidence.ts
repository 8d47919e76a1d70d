import type { AnchorSelection } from './anchor-select';
import type { PairFeatures, SideFeatures } from './features';
import type { TokenLexicon } from './lexicon';

/** Largest number of paragraphs on one side of a group. */
export const MAX_SPAN = 3;

/**
 * Anchor evidence of one side: the selected anchor tokens with log-likelihood-ratio weights.
 * For k paragraphs on the other side: score = base[k][p] + Σ over matched bits of delta[k][bit].
 */
export type SideEvidence = AnchorSelection & {
  /** Per k-1: sum of the miss weights of each paragraph's anchors. */
  base: Float64Array[];
  /** Per token id · MAX_SPAN + k-1: match minus miss weight, and miss weight. */
  delta: Float64Array;
  miss: Float64Array;
};

/** Weigh selected anchors; q[cls] = P(token meets its counterpart | linked). O(selected tokens). */
export function weighAnchors(
  features: PairFeatures,
  sel: AnchorSelection,
  q: Float64Array,
): SideEvidence {
  const { topStart, topTok, topCls, pn: pnOf } = sel;
  const n = topStart.length - 1;
  const total = topTok.length;
  // Weights depend on the token only (its class and chance rate): one entry per vocabulary entry.
  const V = features.vocab.size;
  const miss = new Float64Array(V * MAX_SPAN);
  const delta = new Float64Array(V * MAX_SPAN);
  const done = new Uint8Array(V);
  for (let x = 0; x < total; x++) {
    const t = topTok[x] as number;
    if (done[t] === 1) continue;
    done[t] = 1;
    const qq = q[topCls[x] as number] as number;
    const pn = pnOf[t] as number;
    for (let k = 1; k <= MAX_SPAN; k++) {
      // Probability that k unrelated paragraphs hold a counterpart by chance. A linked group holds
      // one when translation kept it (qq) or by that same chance (noisy or), so a match is never
      // evidence against a link, even for a token found everywhere; a miss weighs (1-qq)/(1-pk).
      const pk = 1 - Math.pow(1 - pn, k);
      const w = Math.log(1 - qq) - Math.log(1 - pk);
      miss[t * MAX_SPAN + k - 1] = w;
      delta[t * MAX_SPAN + k - 1] = Math.log(qq + (1 - qq) * pk) - Math.log(pk) - w;
    }
  }
  const base: Float64Array[] = [];
  for (let k = 0; k < MAX_SPAN; k++) {
    const b = new Float64Array(n);
    for (let p = 0; p < n; p++) {
      let sum = 0;
      for (let x = topStart[p] as number; x < (topStart[p + 1] as number); x++)
        sum += miss[(topTok[x] as number) * MAX_SPAN + k] as number;
      b[p] = sum;
    }
    base.push(b);
  }
  return { ...sel, base, delta, miss };
}

/** Masks of a range of pairs (p, q) for q in [qlo, qlo + len); buffers may be longer than len. */
export type PairRow = { qlo: number; len: number; srcMask: Uint32Array; tgtMask: Uint32Array };

/** Computes, for one source paragraph p and a range of target paragraphs, which anchor bits meet. */
export class PairMatcher {
  private readonly stamp: Int32Array;
  private readonly cursor: Int32Array;
  private gen = 0;
  constructor(
    private readonly features: PairFeatures,
    private readonly lex: TokenLexicon,
    private readonly srcEv: AnchorSelection,
    private readonly tgtEv: AnchorSelection,
  ) {
    this.stamp = new Int32Array(features.vocab.size);
    this.cursor = new Int32Array(features.vocab.size).fill(-1);
  }

  /**
   * Fill srcMask/tgtMask for pairs (p, qlo..qlo+len-1), into `reuse`'s buffers when they are large
   * enough. O(len·K + postings hit in range).
   */
  row(p: number, qlo: number, len: number, reuse?: PairRow): PairRow {
    const n = Math.max(0, len);
    const fits = reuse !== undefined && reuse.srcMask.length >= n;
    const srcMask = fits ? reuse.srcMask : new Uint32Array(Math.max(n, 16));
    const tgtMask = fits ? reuse.tgtMask : new Uint32Array(Math.max(n, 16));
    srcMask.fill(0, 0, n);
    tgtMask.fill(0, 0, n);
    const row: PairRow = reuse ?? { qlo, len, srcMask, tgtMask };
    row.qlo = qlo;
    row.len = n;
    row.srcMask = srcMask;
    row.tgtMask = tgtMask;
    if (n === 0) return row;
    const { source, target } = this.features;
    const { fwdStart, fwd } = this.lex;
    const qhi = qlo + len - 1;
    const ev = this.srcEv;
    const t0 = ev.topStart[p] as number;
    for (let x = t0; x < (ev.topStart[p + 1] as number); x++) {
      const bit = (1 << (x - t0)) >>> 0;
      const tok = ev.topTok[x] as number;
      markPostings(target, this.cursor, tok, qlo, qhi, srcMask, bit);
      for (let k = fwdStart[tok] as number; k < (fwdStart[tok + 1] as number); k++)
        markPostings(target, this.cursor, fwd[k] as number, qlo, qhi, srcMask, bit);
    }
    const g = ++this.gen;
    const stamp = this.stamp;
    for (let k = source.tokStart[p] as number; k < (source.tokStart[p + 1] as number); k++) {
      const tok = source.tokIds[k] as number;
      stamp[tok] = g;
      for (let y = fwdStart[tok] as number; y < (fwdStart[tok + 1] as number); y++)
        stamp[fwd[y] as number] = g;
    }
    const tv = this.tgtEv;
    for (let q = qlo; q <= qhi; q++) {
      const s0 = tv.topStart[q] as number;
      const s1 = tv.topStart[q + 1] as number;
      let mask = 0;
      for (let x = s0; x < s1; x++) if (stamp[tv.topTok[x] as number] === g) mask |= 1 << (x - s0);
      tgtMask[q - qlo] = mask >>> 0;
    }
    return row;
  }
}

// Set `bit` in masks[q - lo] for each posting q of tok in [lo, hi]. `cursor` remembers where the
// last search for tok ended: rows advance monotonically, so most searches are a step or two.
function markPostings(
  side: SideFeatures,
  cursor: Int32Array,
  tok: number,
  lo: number,
  hi: number,
  masks: Uint32Array,
  bit: number,
): void {
  const start = side.postStart[tok] as number;
  const end = side.postStart[tok + 1] as number;
  const post = side.post;
  let a = cursor[tok] as number;
  if (a < start || a > end || (a > start && (post[a - 1] as number) >= lo)) {
    // Binary search for the first posting ≥ lo.
    a = start;
    let b = end;
    while (a < b) {
      const mid = (a + b) >> 1;
      if ((post[mid] as number) < lo) a = mid + 1;
      else b = mid;
    }
  } else while (a < end && (post[a] as number) < lo) a++;
  cursor[tok] = a;
  for (let k = a; k < end; k++) {
    const q = post[k] as number;
    if (q > hi) break;
    masks[q - lo] = ((masks[q - lo] as number) | bit) >>> 0;
  }
}

/**
 * One side's anchor score for paragraph x given its OR-ed mask and k paragraphs opposite. Bits in
 * `neutral` (tokens already counted for an earlier paragraph of the same group) count for nothing.
 */
export function sideScore(
  ev: SideEvidence,
  x: number,
  mask: number,
  k: number,
  neutral: number,
): number {
  const kk = (k > MAX_SPAN ? MAX_SPAN : k) - 1;
  let s = (ev.base[kk] as Float64Array)[x] as number;
  const off = ev.topStart[x] as number;
  const tok = ev.topTok;
  if (neutral !== 0) {
    let n = neutral;
    while (n !== 0) {
      const low = n & -n;
      s -= ev.miss[(tok[off + 31 - Math.clz32(low)] as number) * MAX_SPAN + kk] as number;
      n ^= low;
    }
  }
  let m = (mask & ~neutral) >>> 0;
  while (m !== 0) {
    const low = m & -m;
    s += ev.delta[(tok[off + 31 - Math.clz32(low)] as number) * MAX_SPAN + kk] as number;
    m ^= low;
  }
  return s;
}
