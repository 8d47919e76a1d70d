import type { ParagraphKind } from '../model';
import { endMark } from './end-marks';
import { forEachToken, paragraphLength, tokenClass } from './tokenize';
import type { AlignInput } from './types';

/** Paragraph-kind code: 0 unknown, 1 body, 2 heading, 3 chrome. */
export const KIND_CODES = 4;
const KIND_CODE: Record<ParagraphKind, number> = { body: 1, heading: 2, chrome: 3 };

/** One side of the pair, in flat typed arrays (CSR lists) so 200k paragraphs stay compact. */
export type SideFeatures = {
  n: number;
  /** Prefix sums of paragraph lengths: length of [a,b) = cumLen[b] - cumLen[a]. */
  cumLen: Float64Array;
  kind: Uint8Array;
  /** End-mark class of each paragraph (see endMark). */
  end: Uint8Array;
  /** Unique token ids of paragraph p: tokIds[tokStart[p] .. tokStart[p+1]). */
  tokStart: Int32Array;
  tokIds: Int32Array;
  /** Paragraphs holding token t, ascending: post[postStart[t] .. postStart[t+1]). */
  postStart: Int32Array;
  post: Int32Array;
};

export type PairFeatures = {
  source: SideFeatures;
  target: SideFeatures;
  vocab: Map<string, number>;
  /** Class of each token id (see TokenClass). */
  cls: Uint8Array;
};

function buildSide(inputs: readonly AlignInput[], vocab: Map<string, number>): SideFeatures {
  const n = inputs.length;
  const cumLen = new Float64Array(n + 1);
  const kind = new Uint8Array(n);
  const end = new Uint8Array(n);
  const tokStart = new Int32Array(n + 1);
  let ids = new Int32Array(Math.max(1024, n * 16));
  let count = 0;
  // Last paragraph that emitted each token id: dedupes a paragraph's tokens without a Set.
  let last = new Int32Array(1024).fill(-1);
  let p = 0;
  const sink = (tok: string): void => {
    let id = vocab.get(tok);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(tok, id);
    }
    if (id >= last.length) {
      const grown = new Int32Array(last.length * 2).fill(-1);
      grown.set(last);
      last = grown;
    }
    if (last[id] === p) return;
    last[id] = p;
    if (count === ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[count++] = id;
  };
  for (p = 0; p < n; p++) {
    const input = inputs[p] as AlignInput;
    cumLen[p + 1] = (cumLen[p] as number) + paragraphLength(input.text);
    kind[p] = input.kind === undefined ? 0 : KIND_CODE[input.kind];
    end[p] = endMark(input.text);
    forEachToken(input.text, sink);
    tokStart[p + 1] = count;
  }
  return {
    n,
    cumLen,
    kind,
    end,
    tokStart,
    tokIds: ids.slice(0, count),
    postStart: new Int32Array(0),
    post: new Int32Array(0),
  };
}

function buildPostings(side: SideFeatures, vocabSize: number): void {
  const postStart = new Int32Array(vocabSize + 1);
  for (const t of side.tokIds) postStart[t + 1] = (postStart[t + 1] as number) + 1;
  for (let t = 0; t < vocabSize; t++)
    postStart[t + 1] = (postStart[t + 1] as number) + (postStart[t] as number);
  const fill = postStart.slice(0, vocabSize);
  const post = new Int32Array(side.tokIds.length);
  for (let p = 0; p < side.n; p++) {
    for (let k = side.tokStart[p] as number; k < (side.tokStart[p + 1] as number); k++) {
      const t = side.tokIds[k] as number;
      post[fill[t] as number] = p;
      fill[t] = (fill[t] as number) + 1;
    }
  }
  side.postStart = postStart;
  side.post = post;
}

/** Tokenise both sides into one shared vocabulary and index them. Linear in the text size. */
export function buildPairFeatures(
  source: readonly AlignInput[],
  target: readonly AlignInput[],
): PairFeatures {
  const vocab = new Map<string, number>();
  const src = buildSide(source, vocab);
  const tgt = buildSide(target, vocab);
  buildPostings(src, vocab.size);
  buildPostings(tgt, vocab.size);
  const cls = new Uint8Array(vocab.size);
  for (const [tok, id] of vocab) cls[id] = tokenClass(tok);
  return { source: src, target: tgt, vocab, cls };
}

/** Number of paragraphs of a side that hold token t. */
export function docFreq(side: SideFeatures, t: number): number {
  return (side.postStart[t + 1] as number) - (side.postStart[t] as number);
}

/** Total length of paragraphs [a, b) of a side. */
export function spanLength(side: SideFeatures, a: number, b: number): number {
  return (side.cumLen[b] as number) - (side.cumLen[a] as number);
}
