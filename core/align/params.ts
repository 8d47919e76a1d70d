import { codeFreq, linkCodeCounts } from './code-tables';
import { END_CODES } from './end-marks';
import { KIND_CODES, type PairFeatures, type SideFeatures, spanLength } from './features';
import { TOKEN_CLASSES } from './tokenize';

/** Group shapes the search considers: [source paragraphs, target paragraphs]. */
export const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [1, 2],
  [2, 1],
  [1, 3],
  [3, 1],
];

// Starting beliefs about shape frequencies; the data of the pair replaces them after the first pass.
const PRIOR0 = [0.88, 0.02, 0.02, 0.03, 0.03, 0.01, 0.01];
// How many groups' worth of weight the starting beliefs keep against the pair's own counts.
const PRIOR_WEIGHT = 20;

// Broad starting length model: log-ratio s.d. about 0.25 for long paragraphs, wider for short ones.
const LEN_A0 = 0.06;
const LEN_B0 = 3;
const LENGTH_PRIOR_PAIRS = 20;

/** Everything the scorer needs; each field is estimated from the pair being aligned. */
export type ModelParams = {
  /** log(target/source length) of linked groups ~ N(lenMu, lenA + lenB / length). */
  lenMu: number;
  lenA: number;
  lenB: number;
  /** Same ratio for unrelated paragraphs ~ N(nullMu, nullVar). */
  nullMu: number;
  nullVar: number;
  /** P(anchor token meets its counterpart | linked), per token class, source side then target side. */
  qSrc: Float64Array;
  qTgt: Float64Array;
  /** Log-likelihood ratio of the paragraph kinds of a linked pair, [kS * KIND_CODES + kT]. */
  kindLLR: Float64Array;
  /** Log-likelihood ratio of the end marks of a linked pair, [eS * END_CODES + eT]. */
  endLLR: Float64Array;
  logPrior: Float64Array;
};

function logLenStats(side: SideFeatures): [number, number] {
  let s = 0;
  let s2 = 0;
  for (let p = 0; p < side.n; p++) {
    const l = Math.log(spanLength(side, p, p + 1) + 1);
    s += l;
    s2 += l * l;
  }
  const n = Math.max(1, side.n);
  const mean = s / n;
  return [mean, Math.max(1e-3, s2 / n - mean * mean)];
}

/** Fit the linked-length model on pairs believed 1:1: median ratio, then variance = a + b/length. */
export function fitLength(
  features: PairFeatures,
  pairs: readonly (readonly [number, number])[],
  fallback: { lenMu: number; lenA: number; lenB: number },
): { lenMu: number; lenA: number; lenB: number } {
  if (pairs.length < 20) return fallback;
  const rs: number[] = [];
  const ns: number[] = [];
  for (const [p, q] of pairs) {
    const ls = spanLength(features.source, p, p + 1);
    const lt = spanLength(features.target, q, q + 1);
    rs.push(Math.log(lt + 1) - Math.log(ls + 1));
    ns.push((ls + lt) / 2 + 1);
  }
  const sorted = [...rs].sort((a, b) => a - b);
  const mu = sorted[Math.floor(sorted.length / 2)] as number;
  // Variance grows for short paragraphs: fit e² ≈ a + b/n on length bins, using each bin's median
  // (robust to the pairs that were not really 1:1; median of χ²₁ is 0.455 of its mean).
  const order = rs.map((_, i) => i).sort((x, y) => (ns[x] as number) - (ns[y] as number));
  const bins = Math.max(2, Math.min(12, Math.floor(order.length / 25)));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let b = 0; b < bins; b++) {
    const part = order.slice(
      Math.floor((b * order.length) / bins),
      Math.floor(((b + 1) * order.length) / bins),
    );
    const e2 = part.map((i) => ((rs[i] as number) - mu) ** 2).sort((x, y) => x - y);
    ys.push((e2[Math.floor(e2.length / 2)] as number) / 0.455);
    xs.push(part.reduce((acc, i) => acc + 1 / (ns[i] as number), 0) / part.length);
  }
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let k = 0; k < bins; k++) {
    sx += xs[k] as number;
    sy += ys[k] as number;
    sxx += (xs[k] as number) ** 2;
    sxy += (xs[k] as number) * (ys[k] as number);
  }
  const den = bins * sxx - sx * sx;
  const b = Math.max(0, den > 1e-12 ? (bins * sxy - sx * sy) / den : 0);
  const aFit = Math.max((sy - b * sx) / bins, 0);
  // Shrink towards the broad starting model by LENGTH_PRIOR_PAIRS pseudo-pairs: a few dozen anchor
  // pairs (often headings) must not make the model brittle; a thousand links speak for themselves.
  const w = pairs.length / (pairs.length + LENGTH_PRIOR_PAIRS);
  const a = w * aFit + (1 - w) * LEN_A0;
  const bb = w * b + (1 - w) * LEN_B0;
  return { lenMu: w * mu + (1 - w) * fallback.lenMu, lenA: a, lenB: bb };
}

/** First-pass parameters: length null model from the pair, linked model from anchor pairs if any. */
export function initialParams(
  features: PairFeatures,
  anchorPairs: readonly (readonly [number, number])[],
): ModelParams {
  const [ms, vs] = logLenStats(features.source);
  const [mt, vt] = logLenStats(features.target);
  const totS = spanLength(features.source, 0, features.source.n) + 1;
  const totT = spanLength(features.target, 0, features.target.n) + 1;
  const len = fitLength(features, anchorPairs, {
    lenMu: Math.log(totT / totS),
    lenA: LEN_A0,
    lenB: LEN_B0,
  });
  const qSrc = new Float64Array(TOKEN_CLASSES).fill(0.6);
  const qTgt = new Float64Array(TOKEN_CLASSES).fill(0.6);
  return {
    ...len,
    nullMu: mt - ms,
    nullVar: vs + vt,
    qSrc,
    qTgt,
    kindLLR: initialKindLLR(features),
    // Nothing is known about how the pair's end marks correspond until links are found.
    endLLR: new Float64Array(END_CODES * END_CODES),
    logPrior: Float64Array.from(PRIOR0, Math.log),
  };
}

// Before any link is known: assume linked paragraphs share their kind nine times in ten.
function initialKindLLR(features: PairFeatures): Float64Array {
  const fs = codeFreq(features.source.kind, KIND_CODES);
  const ft = codeFreq(features.target.kind, KIND_CODES);
  let same = 0;
  for (let k = 1; k < KIND_CODES; k++) same += (fs[k] as number) * (ft[k] as number);
  const out = new Float64Array(KIND_CODES * KIND_CODES);
  for (let a = 1; a < KIND_CODES; a++)
    for (let b = 1; b < KIND_CODES; b++)
      out[a * KIND_CODES + b] =
        a === b ? Math.log(0.9 / Math.max(same, 0.05)) : Math.log(0.1 / Math.max(1 - same, 0.05));
  return out;
}

/** Kind table re-estimated from links: observed joint frequency against independent kinds. */
export function kindLLRFromLinks(
  features: PairFeatures,
  links: readonly (readonly [number, number])[],
): Float64Array {
  const fs = codeFreq(features.source.kind, KIND_CODES);
  const ft = codeFreq(features.target.kind, KIND_CODES);
  const { table: c, n } = linkCodeCounts(
    features.source.kind,
    features.target.kind,
    KIND_CODES,
    links,
    true,
  );
  const out = new Float64Array(KIND_CODES * KIND_CODES);
  if (n === 0) return out;
  for (let a = 1; a < KIND_CODES; a++)
    for (let b = 1; b < KIND_CODES; b++) {
      const joint = ((c[a * KIND_CODES + b] as number) + 0.5) / (n + 4.5);
      out[a * KIND_CODES + b] = Math.log(joint / ((fs[a] as number) * (ft[b] as number)));
    }
  return out;
}

/**
 * Shape priors from the expected shape counts of a previous pass, smoothed towards the starting
 * beliefs; a shape that pass did not consider (prior -∞) gets its starting belief back.
 */
export function priorsFromCounts(counts: readonly number[], previous: Float64Array): Float64Array {
  const total = counts.reduce((a, b) => a + b, 0);
  return Float64Array.from(PRIOR0, (p0, i) =>
    previous[i] === -Infinity
      ? Math.log(p0)
      : Math.log(((counts[i] ?? 0) + PRIOR_WEIGHT * p0) / (total + PRIOR_WEIGHT)),
  );
}

/** The length model with its constants precomputed (it is evaluated for every cell of the band). */
export class LengthModel {
  private readonly eMinusMu: number;
  private readonly halfLogNullVar: number;
  private readonly logRatio: Float64Array;
  private readonly halfLogV: Float64Array;
  constructor(private readonly p: ModelParams) {
    this.eMinusMu = Math.exp(-p.lenMu);
    this.halfLogNullVar = 0.5 * Math.log(p.nullVar);
    this.halfLogV = Float64Array.from(
      { length: HALF_LOG_V_SIZE },
      (_, n) => 0.5 * Math.log(p.lenA + p.lenB / Math.max(1, n)),
    );
    this.logRatio = new Float64Array(16);
    for (let a = 1; a < 4; a++)
      for (let b = 1; b < 4; b++) this.logRatio[a * 4 + b] = Math.log(b / a);
  }

  /** LLR of a group of a source and b target paragraphs with lengths ls, lt (logs: log(l + 1)). */
  llr(ls: number, lt: number, logLs: number, logLt: number, a: number, b: number): number {
    const p = this.p;
    const r = logLt - logLs;
    const nb = (ls + lt * this.eMinusMu) / 2 + 1;
    const v = p.lenA + p.lenB / nb;
    const dt = r - p.lenMu;
    const dn = r - p.nullMu - (this.logRatio[a * 4 + b] as number);
    // log v from a table by whole length (the variance hardly moves past the table's end).
    const halfLogV = this.halfLogV[
      nb < HALF_LOG_V_SIZE ? Math.floor(nb) : HALF_LOG_V_SIZE - 1
    ] as number;
    const llr = (-0.5 * dt * dt) / v - halfLogV + (0.5 * dn * dn) / p.nullVar + this.halfLogNullVar;
    // A linked pair is sometimes oddly sized; the mixture keeps one odd length from vetoing a link.
    if (llr > 12) return llr + LOG_095;
    if (llr < -12) return LOG_005;
    return Math.log(0.95 * Math.exp(llr) + 0.05);
  }
}

const HALF_LOG_V_SIZE = 4096;
const LOG_095 = Math.log(0.95);
const LOG_005 = Math.log(0.05);

/** Log-likelihood ratio of the lengths of a group of a source and b target paragraphs. */
export function lengthLLR(
  params: ModelParams,
  ls: number,
  lt: number,
  a: number,
  b: number,
): number {
  return new LengthModel(params).llr(ls, lt, Math.log(ls + 1), Math.log(lt + 1), a, b);
}
