import type { AlignGroup } from '../model';
import { anchorChain, type Band, bandFromAnchors, bandFromPath, widenWhereTouched } from './band';
import { alignInBand, type DpResult } from './dp';
import { endLLRFromLinks } from './end-marks';
import { estimateMatchRates } from './estimate';
import { type AnchorSelection, selectAnchors } from './anchor-select';
import { PairMatcher, weighAnchors } from './evidence';
import { buildPairFeatures, type PairFeatures } from './features';
import {
  LEXICON_SAMPLE,
  learnLexicon,
  lexiconToTokens,
  type TokenLexicon,
  tokenLexicon,
} from './lexicon';
import {
  fitLength,
  initialParams,
  kindLLRFromLinks,
  type ModelParams,
  priorsFromCounts,
} from './params';
import type { AlignInput, AlignOptions } from './types';

// Half-width of the first band around the anchor-derived centre, in paragraphs.
const FIRST_BAND = 5;
// Second pass: half-width around the first path, wider where the first pass was unsure.
const SURE_BAND = 2;
const CERTAIN_BAND = 1;
// Posterior above which a group is taken as settled by the next pass (it may still widen there).
const CERTAIN = 0.95;
const UNSURE_BAND = 12;
const MAX_WIDENINGS = 4;
const PASSES = 3;
// Links of a pass trusted enough to learn from (posterior probability).
const TRUSTED = 0.9;

type Progress = (fraction: number) => void;

type Selections = { src: AnchorSelection; tgt: AnchorSelection };

function select(features: PairFeatures, lex: TokenLexicon): Selections {
  return {
    src: selectAnchors(features, 'source', lex),
    tgt: selectAnchors(features, 'target', lex),
  };
}

function runPass(
  features: PairFeatures,
  params: ModelParams,
  lex: TokenLexicon,
  sel: Selections,
  firstBand: Band,
  progress: Progress,
  last = false,
): DpResult {
  const srcEv = weighAnchors(features, sel.src, params.qSrc);
  const tgtEv = weighAnchors(features, sel.tgt, params.qTgt);
  const scorer = {
    features,
    params,
    srcEv,
    tgtEv,
    matcher: new PairMatcher(features, lex, srcEv, tgtEv),
  };
  let band = firstBand;
  let res = alignInBand(scorer, band, progress, !last);
  for (let k = 0; k < MAX_WIDENINGS; k++) {
    const wider = widenWhereTouched(band, res.path, features.target.n);
    if (wider === undefined) break;
    band = wider;
    res = alignInBand(scorer, band, progress, !last);
  }
  return res;
}

function trustedLinks(res: DpResult, minConfidence: number): [number, number][] {
  const out: [number, number][] = [];
  for (const g of res.groups)
    if (g.src.length === 1 && g.tgt.length === 1 && g.confidence >= minConfidence)
      out.push([g.src[0] as number, g.tgt[0] as number]);
  return out;
}

function reestimate(
  features: PairFeatures,
  prev: ModelParams,
  res: DpResult,
  lex: TokenLexicon,
  sel: Selections,
): ModelParams {
  const links = trustedLinks(res, TRUSTED);
  return {
    ...prev,
    ...fitLength(features, links, prev),
    ...estimateMatchRates(features, lex, links, sel.src, sel.tgt),
    kindLLR: kindLLRFromLinks(features, links),
    endLLR: endLLRFromLinks(features, links),
    logPrior: priorsFromCounts(Array.from(res.expectedShapes), prev.logPrior),
  };
}

function trivial(n: number, m: number): AlignGroup[] {
  const out: AlignGroup[] = [];
  for (let i = 0; i < n; i++) out.push({ src: [i], tgt: [], confidence: 1 });
  for (let j = 0; j < m; j++) out.push({ src: [], tgt: [j], confidence: 1 });
  return out;
}

/**
 * Align two paragraph sequences into groups (1:1, 1:2, 2:1, 1:3, 3:1, 1:0, 0:1) in document order,
 * covering every paragraph exactly once, each with a posterior confidence in [0,1]. Two passes:
 * anchors + length in a band around an anchor chain; then a lexicon learned from the first pass and
 * parameters re-estimated on it, in a narrow band around the first path. Time and memory
 * O((n + m) · band width); no dictionary needed (options.lexicon only adds evidence).
 */
export function alignParagraphs(
  source: readonly AlignInput[],
  target: readonly AlignInput[],
  options: AlignOptions = {},
): AlignGroup[] {
  // Widening re-runs a pass: the reported fraction never goes back.
  let done = 0;
  const report = (f: number): void => {
    if (f < done) return;
    done = f;
    options.onProgress?.(f);
  };
  if (source.length === 0 || target.length === 0) {
    report(1);
    return trivial(source.length, target.length);
  }
  report(0);
  const features = buildPairFeatures(source, target);
  const V = features.vocab.size;
  report(0.1);
  const chain = anchorChain(features);
  const params1 = initialParams(features, chain);
  const userPairs = options.lexicon ? lexiconToTokens(options.lexicon, features) : [];
  const lex1 = tokenLexicon(userPairs, V);
  const res1 = runPass(
    features,
    params1,
    lex1,
    select(features, lex1),
    bandFromAnchors(features, chain, FIRST_BAND),
    (f) => report(0.1 + 0.4 * f),
  );
  let res = res1;
  let params = params1;
  // Relearning pays while the trusted sample still grows; once the first pass already offers more
  // trusted links than the lexicon learner samples, a third pass would learn the same lexicon.
  const passes = trustedLinks(res1, TRUSTED).length >= LEXICON_SAMPLE ? 2 : PASSES;
  for (let pass = 1; pass < passes; pass++) {
    const learned = learnLexicon(features, trustedLinks(res, TRUSTED));
    const lex = tokenLexicon([...userPairs, ...learned], V);
    const sel = select(features, lex);
    params = reestimate(features, params, res, lex, sel);
    const from = 0.5 + (0.5 * (pass - 1)) / (passes - 1);
    res = runPass(
      features,
      params,
      lex,
      sel,
      bandAround(res, source.length, target.length),
      (f) => report(from + (0.5 / (passes - 1)) * f),
      pass === passes - 1,
    );
  }
  report(1);
  return res.groups;
}

// Second and later passes: a band around the previous path, one cell wide where that pass was
// all but certain, a few cells where it was fairly sure, wide where it was unsure.
function bandAround(res: DpResult, n: number, m: number): Band {
  const width = new Uint8Array(n + 1).fill(CERTAIN_BAND);
  res.groups.forEach((g, k) => {
    const w =
      g.confidence >= CERTAIN ? CERTAIN_BAND : g.confidence >= 0.9 ? SURE_BAND : UNSURE_BAND;
    if (w === CERTAIN_BAND) return;
    const [i0] = res.path[k] as readonly [number, number];
    const [i1] = res.path[k + 1] as readonly [number, number];
    for (let i = Math.max(0, i0 - 1); i <= Math.min(n, i1 + 1); i++)
      width[i] = Math.max(width[i] as number, w);
  });
  return bandFromPath(res.path, n, m, (i) => width[i] as number);
}
