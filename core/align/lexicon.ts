import type { PairFeatures } from './features';
import { TokenClass, tokenizeParagraph } from './tokenize';
import type { LexiconPair } from './types';

/** Token-level lexicon: fwd maps a source token to target tokens, bwd the reverse (CSR over the vocabulary). */
export type TokenLexicon = {
  fwdStart: Int32Array;
  fwd: Int32Array;
  bwdStart: Int32Array;
  bwd: Int32Array;
  size: number;
};

/** Parse hunalign's dictionary format: one `target phrase @ source phrase` per line; `#` lines and blanks skipped. */
export function parseLexicon(text: string): LexiconPair[] {
  const out: LexiconPair[] = [];
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf(' @ ');
    if (at < 0 || line.startsWith('#')) continue;
    const target = line.slice(0, at).trim();
    const source = line.slice(at + 3).trim();
    if (target !== '' && source !== '') out.push({ source, target });
  }
  return out;
}

function csr(pairs: readonly (readonly [number, number])[], vocabSize: number) {
  const start = new Int32Array(vocabSize + 1);
  for (const [a] of pairs) start[a + 1] = (start[a + 1] as number) + 1;
  for (let i = 0; i < vocabSize; i++)
    start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, vocabSize);
  const list = new Int32Array(pairs.length);
  for (const [a, b] of pairs) {
    list[fill[a] as number] = b;
    fill[a] = (fill[a] as number) + 1;
  }
  return { start, list };
}

/** Build a token lexicon from (source token, target token) id pairs, duplicates removed. */
export function tokenLexicon(
  pairs: readonly (readonly [number, number])[],
  vocabSize: number,
): TokenLexicon {
  const seen = new Set<number>();
  const uniq: [number, number][] = [];
  for (const [s, t] of pairs) {
    const key = s * vocabSize + t;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    uniq.push([s, t]);
  }
  const f = csr(uniq, vocabSize);
  const b = csr(
    uniq.map(([s, t]) => [t, s] as const),
    vocabSize,
  );
  return { fwdStart: f.start, fwd: f.list, bwdStart: b.start, bwd: b.list, size: uniq.length };
}

/** Map user lexicon entries onto the pair's vocabulary (single-word entries whose words occur in the pair). */
export function lexiconToTokens(
  entries: readonly LexiconPair[],
  features: PairFeatures,
): [number, number][] {
  const out: [number, number][] = [];
  for (const e of entries) {
    const s = tokenizeParagraph(e.source).filter((t) => features.vocab.has(t));
    const t = tokenizeParagraph(e.target).filter((x) => features.vocab.has(x));
    if (s.length !== 1 || t.length !== 1) continue;
    out.push([
      features.vocab.get(s[0] as string) as number,
      features.vocab.get(t[0] as string) as number,
    ]);
  }
  return out;
}

/** Most links the lexicon learner looks at (evenly spaced over the document). */
export const LEXICON_SAMPLE = 1000;
// Significance level of one learned pair (Dunning's G² against χ²(1)).
const P_VALUE = 0.001;

/** Upper χ²(1) quantile at a small p: P(X > x) ≈ √(2/(πx))·e^(-x/2), solved by fixed point. */
function chiSquareQuantile(p: number): number {
  let x = 10;
  for (let k = 0; k < 8; k++) x = 2 * Math.log(Math.sqrt(2 / (Math.PI * x)) / p);
  return x;
}

/** Dunning's log-likelihood ratio G² of a 2×2 contingency table. */
function gSquared(k11: number, k12: number, k21: number, k22: number): number {
  const n = k11 + k12 + k21 + k22;
  const term = (k: number, row: number, col: number): number =>
    k > 0 ? k * Math.log((k * n) / (row * col)) : 0;
  return (
    2 *
    (term(k11, k11 + k12, k11 + k21) +
      term(k12, k11 + k12, k12 + k22) +
      term(k21, k21 + k22, k11 + k21) +
      term(k22, k21 + k22, k12 + k22))
  );
}
const MAX_WORDS = 20;

function rarestWords(
  features: PairFeatures,
  side: 'source' | 'target',
  p: number,
  out: number[],
  freq: Map<number, number>,
): void {
  const f = features[side];
  out.length = 0;
  for (let k = f.tokStart[p] as number; k < (f.tokStart[p + 1] as number); k++) {
    const t = f.tokIds[k] as number;
    if (features.cls[t] !== TokenClass.word) continue;
    const df = (f.postStart[t + 1] as number) - (f.postStart[t] as number);
    if (df >= 2) out.push(t);
  }
  if (out.length > MAX_WORDS) {
    out.sort(
      (a, b) =>
        (f.postStart[a + 1] as number) -
        (f.postStart[a] as number) -
        ((f.postStart[b + 1] as number) - (f.postStart[b] as number)),
    );
    out.length = MAX_WORDS;
  }
  // Frequencies are counted over the same bags as the co-occurrences (each link's rarest words).
  for (const t of out) freq.set(t, (freq.get(t) ?? 0) + 1);
}

/**
 * Learn word translations from trusted 1:1 links of a first alignment (Dice association, mutual best
 * matches, seen at least twice). Bounded work: at most LEXICON_SAMPLE links × MAX_WORDS² word pairs.
 */
export function learnLexicon(
  features: PairFeatures,
  links: readonly (readonly [number, number])[],
): [number, number][] {
  const step = Math.max(1, links.length / LEXICON_SAMPLE);
  const freqS = new Map<number, number>();
  const freqT = new Map<number, number>();
  const V = features.vocab.size;
  const ws: number[] = [];
  const wt: number[] = [];
  // Co-occurring pairs as keys s·V + t in one typed array, counted by sorting (no big hash map).
  let keys = new Float64Array(1 << 16);
  let nk = 0;
  for (let x = 0; x < links.length; x += step) {
    const [p, q] = links[Math.floor(x)] as readonly [number, number];
    rarestWords(features, 'source', p, ws, freqS);
    rarestWords(features, 'target', q, wt, freqT);
    if (nk + ws.length * wt.length > keys.length) {
      const grown = new Float64Array(Math.max(keys.length * 2, nk + ws.length * wt.length));
      grown.set(keys.subarray(0, nk));
      keys = grown;
    }
    for (const s of ws) for (const t of wt) keys[nk++] = s * V + t;
  }
  const sorted = keys.subarray(0, nk).sort();
  const cooc: [number, number][] = [];
  for (let a = 0; a < nk;) {
    let b = a + 1;
    while (b < nk && sorted[b] === sorted[a]) b++;
    if (b - a >= 2) cooc.push([sorted[a] as number, b - a]);
    a = b;
  }
  const bestS = new Map<number, [number, number]>();
  const bestT = new Map<number, [number, number]>();
  let sampled = 0;
  for (let x = 0; x < links.length; x += step) sampled++;
  // A word keeps its best partner among all it met: the more candidates (a frequent function word
  // meets every word), the likelier a chance winner. The significance level is divided among them.
  const tried = new Map<number, number>();
  for (const [key] of cooc) {
    const s = Math.floor(key / V);
    const t = key - s * V + V;
    tried.set(s, (tried.get(s) ?? 0) + 1);
    tried.set(t, (tried.get(t) ?? 0) + 1);
  }
  const threshold = new Map<number, number>();
  for (const [key, c] of cooc) {
    const s = Math.floor(key / V);
    const t = key - s * V;
    const fs = freqS.get(s) ?? 0;
    const ft = freqT.get(t) ?? 0;
    // Co-occurrence must be significant (Dunning's G²), not luck of a small sample.
    const g = gSquared(c, fs - c, ft - c, sampled - fs - ft + c);
    const k = (tried.get(s) ?? 1) + (tried.get(t + V) ?? 1);
    let need = threshold.get(k);
    if (need === undefined) {
      need = chiSquareQuantile(P_VALUE / k);
      threshold.set(k, need);
    }
    // A pair seen in under a third of its contexts is no translation, however significant.
    if (g < need || (2 * c) / (fs + ft) < 1 / 3) continue;
    if ((bestS.get(s)?.[1] ?? 0) < g) bestS.set(s, [t, g]);
    if ((bestT.get(t)?.[1] ?? 0) < g) bestT.set(t, [s, g]);
  }
  const out: [number, number][] = [];
  // Mutual best associations only.
  for (const [s, [t]] of bestS) if (bestT.get(t)?.[0] === s) out.push([s, t]);
  return out;
}
