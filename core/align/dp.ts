import type { AlignGroup } from '../model';
import type { Band, Cell } from './band';
import { END_CODES } from './end-marks';
import { KIND_CODES, type PairFeatures } from './features';
import { MAX_SPAN, type PairMatcher, type PairRow, sideScore, type SideEvidence } from './evidence';
import { LengthModel, type ModelParams, SHAPES } from './params';

export type Scorer = {
  features: PairFeatures;
  params: ModelParams;
  srcEv: SideEvidence;
  tgtEv: SideEvidence;
  matcher: PairMatcher;
};

export type DpResult = {
  groups: AlignGroup[];
  /** Cut points of the best path, (0,0) … (n,m). */
  path: Cell[];
  /** Score of each group (log-likelihood ratio plus log prior), parallel to groups. */
  scores: number[];
  /** Expected number of groups of each shape under the posterior (zeros unless asked for). */
  expectedShapes: Float64Array;
};

const SHAPE_A = Int8Array.from(SHAPES, (s) => s[0]);
const SHAPE_B = Int8Array.from(SHAPES, (s) => s[1]);
const NSHAPES = SHAPES.length;
const ROW_SLOTS = 8;
const SKIP_SOURCE = SHAPES.findIndex(([a, b]) => a === 1 && b === 0);
const SKIP_TARGET = SHAPES.findIndex(([a, b]) => a === 0 && b === 1);
// Edge scores are kept from the forward pass for the backward pass while they fit in this many entries.
const EDGE_CACHE_LIMIT = 24_000_000;

function logLengths(cum: Float64Array): Float64Array {
  const out = new Float64Array(cum.length - 1);
  for (let p = 0; p < out.length; p++)
    out[p] = Math.log((cum[p + 1] as number) - (cum[p] as number) + 1);
  return out;
}

/** Scores groups ending at a cut point; keeps the few pair rows the current rows need. */
class GroupScorer {
  // Pair rows of the last ROW_SLOTS source paragraphs (a group spans at most MAX_SPAN of them).
  private readonly rows: (PairRow | undefined)[] = new Array<PairRow | undefined>(ROW_SLOTS);
  private readonly rowOf = new Int32Array(ROW_SLOTS).fill(-1);
  private readonly len: LengthModel;
  private readonly logS: Float64Array;
  private readonly logT: Float64Array;
  constructor(
    private readonly s: Scorer,
    private readonly band: Band,
  ) {
    this.len = new LengthModel(s.params);
    this.logS = logLengths(s.features.source.cumLen);
    this.logT = logLengths(s.features.target.cumLen);
  }

  private row(p: number): PairRow {
    const slot = p & (ROW_SLOTS - 1);
    let r = this.rows[slot];
    if (r !== undefined && this.rowOf[slot] === p) return r;
    const { lo, hi } = this.band;
    const n = lo.length - 1;
    const m = this.s.features.target.n;
    const qlo = Math.max(0, (lo[p + 1] as number) - MAX_SPAN);
    const qhi = Math.min(m - 1, (hi[Math.min(n, p + MAX_SPAN)] as number) - 1);
    r = this.s.matcher.row(p, qlo, qhi - qlo + 1, r);
    this.rows[slot] = r;
    this.rowOf[slot] = p;
    return r;
  }

  /** Score of the group of shape s whose last cut point is (i, j). */
  score(i: number, j: number, s: number): number {
    const { params, features, srcEv, tgtEv } = this.s;
    const a = SHAPE_A[s] as number;
    const b = SHAPE_B[s] as number;
    let total = params.logPrior[s] as number;
    if (a === 0 || b === 0 || total === -Infinity) return total;
    const { source, target } = features;
    const ls = (source.cumLen[i] as number) - (source.cumLen[i - a] as number);
    const lt = (target.cumLen[j] as number) - (target.cumLen[j - b] as number);
    total += this.len.llr(
      ls,
      lt,
      a === 1 ? (this.logS[i - 1] as number) : Math.log(ls + 1),
      b === 1 ? (this.logT[j - 1] as number) : Math.log(lt + 1),
      a,
      b,
    );
    let lex = 0;
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    for (let p = i - a; p < i; p++) {
      const r = this.row(p);
      let mask = 0;
      for (let q = j - b; q < j; q++) {
        const x = q - r.qlo;
        mask |= r.srcMask[x] ?? 0;
        const tm = r.tgtMask[x] ?? 0;
        if (q === j - b) t0 |= tm;
        else if (q === j - b + 1) t1 |= tm;
        else t2 |= tm;
      }
      lex += sideScore(srcEv, p, mask >>> 0, b, neutralBits(srcEv, p, p - (i - a)));
    }
    lex += sideScore(tgtEv, j - b, t0 >>> 0, a, 0);
    if (b > 1) lex += sideScore(tgtEv, j - b + 1, t1 >>> 0, a, neutralBits(tgtEv, j - b + 1, 1));
    if (b > 2) lex += sideScore(tgtEv, j - b + 2, t2 >>> 0, a, neutralBits(tgtEv, j - b + 2, 2));
    // Tokens are not independent (a word, its name skeleton, its code token): their log-likelihood
    // ratios are halved. A loose translation can miss most anchors: the anchor evidence of a group is
    // floored (mixture with ε).
    const half = 0.5 * lex;
    if (half > 8) total += half + LOG_KEEP;
    else if (half < -14) total += LOG_LOOSE;
    else total += Math.log(LOOSE + (1 - LOOSE) * Math.exp(half));
    total += params.kindLLR[
      (source.kind[i - a] as number) * KIND_CODES + (target.kind[j - b] as number)
    ] as number;
    return total + endScore(params.endLLR, source.end, target.end, i, j, a, b);
  }
}

// End marks of a group: the single paragraph's mark against the best-matching member opposite
// (translation moves a clause, and its mark, between the paragraphs of a merge).
function endScore(
  llr: Float64Array,
  se: Uint8Array,
  te: Uint8Array,
  i: number,
  j: number,
  a: number,
  b: number,
): number {
  if (a === 1) {
    const row = (se[i - 1] as number) * END_CODES;
    let best = llr[row + (te[j - 1] as number)] as number;
    for (let q = j - b; q < j - 1; q++)
      best = Math.max(best, llr[row + (te[q] as number)] as number);
    return best;
  }
  const col = te[j - 1] as number;
  let best = llr[(se[i - 1] as number) * END_CODES + col] as number;
  for (let p = i - a; p < i - 1; p++)
    best = Math.max(best, llr[(se[p] as number) * END_CODES + col] as number);
  return best;
}

// Share of linked groups whose anchors behave like those of unrelated text (free translations).
const LOOSE = 0.01;
const LOG_LOOSE = Math.log(LOOSE);
const LOG_KEEP = Math.log(1 - LOOSE);

// Tokens a paragraph shares with the group's earlier paragraphs on its side are counted once, there.
function neutralBits(ev: SideEvidence, x: number, position: number): number {
  if (position === 0) return 0;
  const one = ev.shared1[x] as number;
  return position === 1 ? one : (one | (ev.shared2[x] as number)) >>> 0;
}

// Log-probabilities below this add nothing visible to a sum (e^-30 ≈ 1e-13).
const NEGLIGIBLE = -30;

// A cell is pruned when its best partial path is this far below the best cell of its row even
// after allowing for the skips (0:1 or 1:0 groups) that would join the two: it then carries no
// probability that matters (e^-25), so neither its successors nor the backward pass score it. The
// allowance keeps cells that every path may have to cross, like a run of extra lines at the end.
const BEAM = 25;

function prune(
  vit: Float64Array,
  alpha: Float64Array,
  from: number,
  to: number,
  skipCost: number,
): void {
  let best = -Infinity;
  let at = from;
  for (let c = from; c < to; c++)
    if ((vit[c] as number) > best) {
      best = vit[c] as number;
      at = c;
    }
  for (let c = from; c < to; c++)
    if ((vit[c] as number) < best - BEAM - Math.abs(c - at) * skipCost) {
      vit[c] = -Infinity;
      alpha[c] = -Infinity;
    }
}

/** log Σ exp(v[x] - mx) over the first k values, skipping the negligible ones. */
function logSumExpFrom(v: Float64Array, k: number, mx: number): number {
  let sum = 0;
  for (let x = 0; x < k; x++) {
    const d = (v[x] as number) - mx;
    if (d > NEGLIGIBLE) sum += Math.exp(d);
  }
  return Math.log(sum);
}

function rowOffsets(band: Band): Int32Array {
  const n = band.lo.length - 1;
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++)
    off[i + 1] = (off[i] as number) + (band.hi[i] as number) - (band.lo[i] as number) + 1;
  return off;
}

/**
 * Banded dynamic programme: best path (Viterbi) and, by forward–backward over the same band, the
 * posterior probability of each chosen group, used as its confidence. Time and memory O(band cells).
 */
export function alignInBand(
  scorer: Scorer,
  band: Band,
  onRow?: (fraction: number) => void,
  wantExpected = true,
): DpResult {
  const { lo, hi } = band;
  const n = lo.length - 1;
  const m = scorer.features.target.n;
  const off = rowOffsets(band);
  const cells = off[n + 1] as number;
  const vit = new Float64Array(cells).fill(-Infinity);
  const alpha = new Float64Array(cells).fill(-Infinity);
  const back = new Uint8Array(cells);
  const cache =
    cells * NSHAPES <= EDGE_CACHE_LIMIT ? new Float32Array(cells * NSHAPES).fill(NaN) : undefined;
  const gs = new GroupScorer(scorer, band);
  const cand = new Float64Array(NSHAPES);
  const at = (i: number, j: number): number =>
    i < 0 || j < (lo[i] as number) || j > (hi[i] as number)
      ? -1
      : (off[i] as number) + j - (lo[i] as number);
  vit[0] = 0;
  alpha[0] = 0;
  const skipCost = -Math.min(
    scorer.params.logPrior[SKIP_SOURCE] as number,
    scorer.params.logPrior[SKIP_TARGET] as number,
  );
  const step = Math.max(1, Math.floor(n / 20));
  for (let i = 0; i <= n; i++) {
    if (onRow !== undefined && i % step === 0) onRow(i / (2 * n + 2));
    for (let j = lo[i] as number; j <= (hi[i] as number); j++) {
      const c = at(i, j);
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let bestS = -1;
      let mx = -Infinity;
      let k = 0;
      for (let s = 0; s < NSHAPES; s++) {
        const pc = at(i - (SHAPE_A[s] as number), j - (SHAPE_B[s] as number));
        if (pc < 0 || (vit[pc] as number) === -Infinity) continue;
        const sc = gs.score(i, j, s);
        if (cache !== undefined) cache[c * NSHAPES + s] = sc;
        const v = (vit[pc] as number) + sc;
        if (v > best) {
          best = v;
          bestS = s;
        }
        const al = (alpha[pc] as number) + sc;
        cand[k++] = al;
        if (al > mx) mx = al;
      }
      if (bestS < 0) continue;
      vit[c] = best;
      back[c] = bestS;
      alpha[c] = mx + logSumExpFrom(cand, k, mx);
    }
    prune(vit, alpha, off[i] as number, off[i + 1] as number, skipCost);
  }
  // Backtrack the Viterbi path.
  const path: Cell[] = [[n, m]];
  const shapes: number[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const s = back[at(i, j)] as number;
    shapes.push(s);
    i -= SHAPE_A[s] as number;
    j -= SHAPE_B[s] as number;
    path.push([i, j]);
  }
  path.reverse();
  shapes.reverse();
  // Backward pass (log-sum-exp), reusing the Viterbi buffer for beta; it also sums the posterior of
  // every edge by shape (expected shape counts).
  const z = alpha[at(n, m)] as number;
  const expectedShapes = new Float64Array(NSHAPES);
  const edgeScore = new Float64Array(NSHAPES);
  const edgeBeta = new Float64Array(NSHAPES);
  const beta = vit.fill(-Infinity);
  beta[at(n, m)] = 0;
  for (let i = n; i >= 0; i--) {
    if (onRow !== undefined && i % step === 0) onRow((2 * n + 1 - i) / (2 * n + 2));
    for (let j = hi[i] as number; j >= (lo[i] as number); j--) {
      const c = at(i, j);
      if ((i === n && j === m) || (alpha[c] as number) === -Infinity) continue;
      let mx = -Infinity;
      let k = 0;
      for (let s = 0; s < NSHAPES; s++) {
        edgeScore[s] = NaN;
        const a = SHAPE_A[s] as number;
        const b = SHAPE_B[s] as number;
        if (i + a > n || j + b > m) continue;
        const nc = at(i + a, j + b);
        if (nc < 0 || (beta[nc] as number) === -Infinity || (alpha[nc] as number) === -Infinity)
          continue;
        const cached = cache === undefined ? NaN : (cache[nc * NSHAPES + s] as number);
        const sc = Number.isNaN(cached) ? gs.score(i + a, j + b, s) : cached;
        const v = (beta[nc] as number) + sc;
        edgeScore[s] = sc;
        edgeBeta[s] = beta[nc] as number;
        cand[k++] = v;
        if (v > mx) mx = v;
      }
      if (k === 0) continue;
      beta[c] = mx + logSumExpFrom(cand, k, mx);
      const al = alpha[c] as number;
      if (!wantExpected || al + (beta[c] as number) - z < NEGLIGIBLE) continue;
      for (let s = 0; s < NSHAPES; s++) {
        const sc = edgeScore[s] as number;
        if (Number.isNaN(sc)) continue;
        const lp = al + sc + (edgeBeta[s] as number) - z;
        if (lp > NEGLIGIBLE) expectedShapes[s] = (expectedShapes[s] as number) + Math.exp(lp);
      }
    }
  }
  const groups: AlignGroup[] = [];
  const scores: number[] = [];
  for (let k = 0; k < shapes.length; k++) {
    const [i0, j0] = path[k] as Cell;
    const [i1, j1] = path[k + 1] as Cell;
    const sc = gs.score(i1, j1, shapes[k] as number);
    const post = Math.exp((alpha[at(i0, j0)] as number) + sc + (beta[at(i1, j1)] as number) - z);
    groups.push({
      src: range(i0, i1),
      tgt: range(j0, j1),
      confidence: Number.isFinite(post) ? Math.min(1, Math.max(0, post)) : 0,
    });
    scores.push(sc);
  }
  return { groups, path, scores, expectedShapes };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let x = a; x < b; x++) out.push(x);
  return out;
}
