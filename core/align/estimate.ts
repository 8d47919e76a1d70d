import type { AnchorSelection } from './anchor-select';
import { PairMatcher } from './evidence';
import type { PairFeatures } from './features';
import type { TokenLexicon } from './lexicon';
import { TOKEN_CLASSES } from './tokenize';

// Before the pair has told us anything, an anchor token is assumed to meet its counterpart 60% of the time.
const Q0 = 0.6;
const Q0_WEIGHT = 4;
const RATE_SAMPLE = 2000;

/**
 * Per-class rate at which translation keeps an anchor token's counterpart in a linked pair (beyond
 * chance), estimated on the pair's own trusted 1:1 links (smoothed towards Q0), for each side.
 */
export function estimateMatchRates(
  features: PairFeatures,
  lex: TokenLexicon,
  links: readonly (readonly [number, number])[],
  srcEv: AnchorSelection,
  tgtEv: AnchorSelection,
): { qSrc: Float64Array; qTgt: Float64Array } {
  const matcher = new PairMatcher(features, lex, srcEv, tgtEv);
  const hitS = new Float64Array(TOKEN_CLASSES);
  const allS = new Float64Array(TOKEN_CLASSES);
  const hitT = new Float64Array(TOKEN_CLASSES);
  const allT = new Float64Array(TOKEN_CLASSES);
  const count = (
    ev: AnchorSelection,
    x: number,
    mask: number,
    hit: Float64Array,
    all: Float64Array,
  ): void => {
    const t0 = ev.topStart[x] as number;
    for (let k = t0; k < (ev.topStart[x + 1] as number); k++) {
      const c = ev.topCls[k] as number;
      // Under the noisy-or model a match is kept by translation (rate q) or found by chance (pn):
      // E[match] = q + (1 - q)·pn, so q = Σ(match - pn) / Σ(1 - pn).
      const pn = ev.pn[ev.topTok[k] as number] as number;
      all[c] = (all[c] as number) + 1 - pn;
      hit[c] = (hit[c] as number) + ((mask >>> (k - t0)) & 1) - pn;
    }
  };
  // An even sample of the links is enough for a handful of rates (bounded work on long pairs).
  const step = Math.max(1, links.length / RATE_SAMPLE);
  for (let x = 0; x < links.length; x += step) {
    const [p, q] = links[Math.floor(x)] as readonly [number, number];
    const row = matcher.row(p, q, 1);
    count(srcEv, p, row.srcMask[0] as number, hitS, allS);
    count(tgtEv, q, row.tgtMask[0] as number, hitT, allT);
  }
  const rate = (hit: Float64Array, all: Float64Array): Float64Array =>
    Float64Array.from(hit, (h, c) =>
      Math.min(0.98, Math.max(0.05, (h + Q0 * Q0_WEIGHT) / ((all[c] as number) + Q0_WEIGHT))),
    );
  return { qSrc: rate(hitS, allS), qTgt: rate(hitT, allT) };
}
