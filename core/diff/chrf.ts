/**
 * chrF (Popović 2015) as sacreBLEU 2.x computes it: character n-grams of order 1..6, no word n-grams,
 * β = 2, whitespace removed, case kept, "effective order" averaging (orders absent on either side
 * are left out) unless eps smoothing is asked for.
 */

export type ChrfOptions = {
  charOrder?: number;
  beta?: number;
  /** sacreBLEU `whitespace=False` (default) removes all whitespace before extracting n-grams. */
  keepWhitespace?: boolean;
  lowercase?: boolean;
  /** sacreBLEU `eps_smoothing=True` (the chrF++.py / NLTK behaviour); default false. */
  epsSmoothing?: boolean;
};

export type ChrfResult = {
  /** 0..100. */
  score: number;
  /** Per order n (index n-1): hypothesis n-grams, reference n-grams, matching n-grams. */
  stats: number[];
};

const EPS = 1e-16;

/** Text prepared for n-gram extraction, with the UTF-16 offset of every code point (and the end). */
type Prepared = { text: string; bounds: Int32Array };

function prepare(text: string, o: ChrfOptions): Prepared {
  const t0 = o.lowercase ? text.toLowerCase() : text;
  const t = o.keepWhitespace ? t0 : t0.replace(/\s+/gu, '');
  const bounds = new Int32Array(t.length + 1);
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    bounds[n++] = i;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) i++; // astral code point: one character
  }
  bounds[n] = t.length;
  return { text: t, bounds: bounds.subarray(0, n + 1) };
}

function ngramCounts(p: Prepared, n: number): Map<string, number> {
  const counts = new Map<string, number>();
  const last = p.bounds.length - 1 - n;
  for (let i = 0; i <= last; i++) {
    const g = p.text.slice(p.bounds[i], p.bounds[i + n]);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** Sufficient statistics of one pair, summable over segments for a corpus-level score. */
export function chrfStats(hyp: string, ref: string, options: ChrfOptions = {}): number[] {
  const order = options.charOrder ?? 6;
  const h = prepare(hyp, options);
  const r = prepare(ref, options);
  const stats: number[] = [];
  for (let n = 1; n <= order; n++) {
    const hc = ngramCounts(h, n);
    const rc = ngramCounts(r, n);
    let match = 0;
    for (const [g, c] of hc) match += Math.min(c, rc.get(g) ?? 0);
    stats.push(Math.max(0, h.bounds.length - n), Math.max(0, r.bounds.length - n), match);
  }
  return stats;
}

/** The F-score from (possibly summed) statistics; sacreBLEU `CHRF._compute_f_score`. */
export function chrfFromStats(stats: readonly number[], options: ChrfOptions = {}): number {
  const order = options.charOrder ?? 6;
  const factor = (options.beta ?? 2) ** 2;
  let epsScore = 0;
  let avgPrec = 0;
  let avgRec = 0;
  let effective = 0;
  for (let i = 0; i < order; i++) {
    const nHyp = stats[3 * i] ?? 0;
    const nRef = stats[3 * i + 1] ?? 0;
    const nMatch = stats[3 * i + 2] ?? 0;
    const prec = nHyp > 0 ? nMatch / nHyp : EPS;
    const rec = nRef > 0 ? nMatch / nRef : EPS;
    const denom = factor * prec + rec;
    epsScore += denom > 0 ? ((1 + factor) * prec * rec) / denom : EPS;
    if (nHyp > 0 && nRef > 0) {
      avgPrec += prec;
      avgRec += rec;
      effective++;
    }
  }
  if (options.epsSmoothing) return (100 * epsScore) / order;
  if (effective === 0) return 0;
  avgPrec /= effective;
  avgRec /= effective;
  if (avgPrec + avgRec === 0) return 0;
  return (100 * (1 + factor) * avgPrec * avgRec) / (factor * avgPrec + avgRec);
}

/** Sentence-level chrF of a hypothesis against one reference (sacreBLEU `CHRF().sentence_score`). */
export function chrF(hyp: string, ref: string, options: ChrfOptions = {}): ChrfResult {
  const stats = chrfStats(hyp, ref, options);
  return { score: chrfFromStats(stats, options), stats };
}
