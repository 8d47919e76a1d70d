import { docFreq, type PairFeatures } from './features';
import { TokenClass } from './tokenize';

/**
 * The part of the (n+1)×(m+1) grid of cut points the search may visit: row i (source paragraphs
 * aligned so far) allows target cut points lo[i]..hi[i]. Monotone and connected by construction.
 */
export type Band = { lo: Int32Array; hi: Int32Array };

// Tokens give anchor points while they are rare: at most this many occurrences, or this share of
// the paragraphs in a long pair (long or repetitive pairs have few tokens that occur once).
const MAX_ANCHOR_FREQ = 64;
const MAX_ANCHOR_DENSITY = 0.001;
// Half-width cap of the first band in a long stretch without anchors: the search stays O(n·w); the
// widening loop extends it where the path presses against it.
const MAX_HALF_WIDTH = 48;

/** A cut point of an alignment path: i source and j target paragraphs consumed. */
export type Cell = readonly [number, number];

/**
 * Anchor points from the rarest tokens that occur equally often on both sides (numbers, code,
 * names, identical words), the k-th occurrence on one side paired with the k-th on the other.
 * The points are reduced to their longest chain increasing on both sides. O(P log P) for P points.
 */
export function anchorChain(features: PairFeatures): Cell[] {
  const { source, target, cls } = features;
  const n = Math.max(1, source.n);
  const m = Math.max(1, target.n);
  // Points packed as p · (m + 1) + q in one typed array.
  let points = new Float64Array(1024);
  let np = 0;
  const cand: number[] = [];
  for (let t = 0; t < cls.length; t++) {
    if (cls[t] === TokenClass.punct) continue;
    const ds = docFreq(source, t);
    const dt = docFreq(target, t);
    if (ds > 0 && dt > 0) cand.push(t);
  }
  const freq = (t: number): number => Math.max(docFreq(source, t), docFreq(target, t));
  cand.sort((a, b) => freq(a) - freq(b));
  const maxFreq = Math.max(MAX_ANCHOR_FREQ, Math.floor(n * MAX_ANCHOR_DENSITY));
  for (const t of cand) {
    const ds = docFreq(source, t);
    const dt = docFreq(target, t);
    if (freq(t) > maxFreq) break;
    // Only equal counts pair up reliably (k-th with k-th); a drop or an insertion breaks the pairing.
    if (ds !== dt) continue;
    if (np + ds > points.length) {
      const grown = new Float64Array(Math.max(points.length * 2, np + ds));
      grown.set(points.subarray(0, np));
      points = grown;
    }
    const s0 = source.postStart[t] as number;
    const t0 = target.postStart[t] as number;
    for (let k = 0; k < ds; k++) {
      const p = source.post[s0 + k] as number;
      const q = target.post[t0 + k] as number;
      points[np++] = p * (m + 1) + q;
    }
  }
  // Longest chain strictly increasing in both p and q (patience sorting with predecessor links).
  // Equal p sort by descending q so that no chain takes two points of one source paragraph.
  const key = (x: number): number => {
    const p = Math.floor(x / (m + 1));
    return p * (m + 1) + (m - (x - p * (m + 1)));
  };
  const sorted = Float64Array.from(points.subarray(0, np), key).sort();
  const qOf = (x: number): number => m - ((sorted[x] as number) % (m + 1));
  const tails: number[] = [];
  const prev = new Int32Array(np).fill(-1);
  for (let k = 0; k < np; k++) {
    const q = qOf(k);
    let a = 0;
    let b = tails.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (qOf(tails[mid] as number) < q) a = mid + 1;
      else b = mid;
    }
    if (a > 0) prev[k] = tails[a - 1] as number;
    tails[a] = k;
  }
  const chain: Cell[] = [];
  for (
    let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
    k >= 0;
    k = prev[k] as number
  )
    chain.push([Math.floor((sorted[k] as number) / (m + 1)), qOf(k)]);
  return chain.reverse();
}

function targetAtLength(cum: Float64Array, lo: number, hi: number, len: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if ((cum[mid] as number) <= len) a = mid;
    else b = mid - 1;
  }
  return a;
}

/** Make a band monotone, connected, and covering (0,0) and (n,m). */
export function normalizeBand(band: Band, m: number): Band {
  const { lo, hi } = band;
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(lo[i] as number, m));
    hi[i] = Math.max(0, Math.min(hi[i] as number, m));
  }
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i] as number, lo[i + 1] as number);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] as number, hi[i - 1] as number);
  for (let i = 0; i <= n; i++) {
    if ((hi[i] as number) < (lo[i] as number)) hi[i] = lo[i] as number;
    if (i > 0 && (lo[i] as number) > (hi[i - 1] as number) + 1) lo[i] = (hi[i - 1] as number) + 1;
  }
  return band;
}

/**
 * Band around the anchor chain: between two anchors the centre follows the cumulative length of the
 * text, the half-width grows with the distance to the nearest anchor (√d), and the band stays inside
 * the anchors' rectangle give or take a margin. Without anchors the whole pair is one gap.
 */
export function bandFromAnchors(
  features: PairFeatures,
  chain: readonly Cell[],
  base: number,
): Band {
  const { source, target } = features;
  const n = source.n;
  const m = target.n;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const knots: Cell[] = [[0, 0]];
  for (const [p, q] of chain) {
    knots.push([p, q]);
    knots.push([p + 1, q + 1]);
  }
  knots.push([n, m]);
  for (let k = 0; k + 1 < knots.length; k++) {
    const [i1, j1] = knots[k] as Cell;
    const [i2, j2] = knots[k + 1] as Cell;
    const ls0 = source.cumLen[i1] as number;
    const lsSpan = Math.max(1e-9, (source.cumLen[i2] as number) - ls0);
    const lt0 = target.cumLen[j1] as number;
    const ltSpan = (target.cumLen[j2] as number) - lt0;
    for (let i = i1; i <= i2; i++) {
      const f = ((source.cumLen[i] as number) - ls0) / lsSpan;
      const c = targetAtLength(target.cumLen, j1, j2, lt0 + f * ltSpan);
      const d = Math.min(i - i1, i2 - i) + Math.min(Math.abs(c - j1), Math.abs(j2 - c));
      const w = Math.min(MAX_HALF_WIDTH, base + Math.ceil(2 * Math.sqrt(d)));
      const l = Math.max(c - w, j1 - base);
      const h = Math.min(c + w, j2 + base);
      lo[i] = k === 0 || i > i1 ? l : Math.min(lo[i] as number, l);
      hi[i] = k === 0 || i > i1 ? h : Math.max(hi[i] as number, h);
    }
  }
  return normalizeBand({ lo, hi }, m);
}

/** Band of half-width w(i) around a path given as cut points (every row of the path is covered). */
export function bandFromPath(
  path: readonly Cell[],
  n: number,
  m: number,
  width: (i: number) => number,
): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  for (let k = 0; k < path.length; k++) {
    const [i, j] = path[k] as Cell;
    lo[i] = Math.min(lo[i] as number, j);
    hi[i] = Math.max(hi[i] as number, j);
    const next = path[k + 1];
    // Rows skipped by a many-to-one step are covered between their neighbours.
    if (next !== undefined)
      for (let r = i + 1; r < next[0]; r++) {
        lo[r] = Math.min(lo[r] as number, j);
        hi[r] = Math.max(hi[r] as number, next[1]);
      }
  }
  for (let i = 0; i <= n; i++) {
    const w = width(i);
    lo[i] = (lo[i] as number) - w;
    hi[i] = (hi[i] as number) + w;
  }
  return normalizeBand({ lo, hi }, m);
}

/**
 * Rows where the path runs along the band's edge (not the grid's edge): the band may have cut off
 * the true path there. Returns the widened band, or undefined when the path stayed clear.
 */
export function widenWhereTouched(band: Band, path: readonly Cell[], m: number): Band | undefined {
  const { lo, hi } = band;
  const n = lo.length - 1;
  const touched: number[] = [];
  for (const [i, j] of path) {
    const l = lo[i] as number;
    const h = hi[i] as number;
    if ((l > 0 && j <= l) || (h < m && j >= h)) touched.push(i);
  }
  if (touched.length === 0) return undefined;
  const nlo = lo.slice();
  const nhi = hi.slice();
  for (const i of touched) {
    const extra = Math.min(MAX_HALF_WIDTH, Math.max(8, (hi[i] as number) - (lo[i] as number)));
    for (let r = Math.max(0, i - extra); r <= Math.min(n, i + extra); r++) {
      nlo[r] = Math.min(nlo[r] as number, (lo[r] as number) - extra);
      nhi[r] = Math.max(nhi[r] as number, (hi[r] as number) + extra);
    }
  }
  return normalizeBand({ lo: nlo, hi: nhi }, m);
}

/** Number of cells in a band (memory and time are linear in it). */
export function bandCells(band: Band): number {
  let c = 0;
  for (let i = 0; i < band.lo.length; i++) c += (band.hi[i] as number) - (band.lo[i] as number) + 1;
  return c;
}
