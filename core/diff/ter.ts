/**
 * Translation Edit Rate with shifts, ported from sacreBLEU's lib_ter.py (Apache-2.0), which follows
 * tercom: beam-limited word edit distance plus greedy block shifts that must lower that distance.
 * Defaults are sacreBLEU's TER defaults (= tercom's): case-insensitive, no normalisation, punctuation
 * kept, tokens = whitespace-separated words.
 */

const COST_INS = 1;
const COST_DEL = 1;
const COST_SUB = 1;
const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const BEAM_WIDTH = 25;
const MAX_SHIFT_CANDIDATES = 1000;
const INF = Number.MAX_SAFE_INTEGER;

// Edit operations, as in lib_ter: ' ' no-op, 's' substitute, 'i' insert, 'd' delete, 'x' unset.
const NOP = 0;
const SUB = 1;
const INS = 2;
const DEL = 3;
const UNDEF = 4;

export type TerOptions = { caseSensitive?: boolean };

export type TerResult = {
  /** 100 × edits / refLength, as sacreBLEU prints it (100 when the reference is empty but edits > 0). */
  score: number;
  /** Word edits including shifts (a shift of a whole block counts as one edit). */
  edits: number;
  shifts: number;
  refLength: number;
};

/** Tercom tokenisation with sacreBLEU defaults: optional lower-casing, then split on whitespace. */
export function terTokens(text: string, options: TerOptions = {}): string[] {
  const t = options.caseSensitive ? text : text.toLowerCase();
  const trimmed = t.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/u);
}

/**
 * TER of one hypothesis against one reference (sacreBLEU `TER().sentence_score`). Worst case
 * O(1000 · n · beam): the shift search stops after 1000 candidate shifts, like sacreBLEU.
 */
export function ter(hyp: string, ref: string, options: TerOptions = {}): TerResult {
  const { edits, shifts, refLength } = terCounts(terTokens(hyp, options), terTokens(ref, options));
  const score = refLength > 0 ? (100 * edits) / refLength : edits > 0 ? 100 : 0;
  return { score, edits, shifts, refLength };
}

/** Edit and shift counts for already tokenised word lists (sacreBLEU `translation_edit_rate`). */
export function terCounts(
  hyp: readonly string[],
  ref: readonly string[],
): Omit<TerResult, 'score'> {
  if (ref.length === 0) return { edits: hyp.length, shifts: 0, refLength: 0 };
  let input = hyp;
  let shifts = 0;
  let checked = 0;
  for (;;) {
    const step = bestShift(input, ref, checked);
    checked = step.checked;
    if (checked >= MAX_SHIFT_CANDIDATES || step.delta <= 0) break;
    shifts++;
    input = step.words;
  }
  return { edits: shifts + beamEditDistance(input, ref).cost, shifts, refLength: ref.length };
}

type Trace = Uint8Array;

/** Word edit distance restricted to a beam around the (length-ratio) diagonal, with its trace. */
function beamEditDistance(
  h: readonly string[],
  r: readonly string[],
): { cost: number; trace: Trace } {
  const nh = h.length;
  const nr = r.length;
  const w = nr + 1;
  const cost = new Float64Array((nh + 1) * w).fill(INF);
  const op = new Uint8Array((nh + 1) * w).fill(UNDEF);
  for (let j = 0; j <= nr; j++) {
    cost[j] = j * COST_INS;
    op[j] = INS;
  }
  const ratio = nh > 0 ? nr / nh : 1;
  const beam = BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
  for (let i = 1; i <= nh; i++) {
    const diag = Math.floor(i * ratio);
    const minJ = Math.max(0, diag - beam);
    const maxJ = i === nh ? nr + 1 : Math.min(nr + 1, diag + beam);
    const row = i * w;
    const up = row - w;
    for (let j = minJ; j < maxJ; j++) {
      if (j === 0) {
        cost[row] = (cost[up] ?? INF) + COST_DEL;
        op[row] = DEL;
        continue;
      }
      const same = h[i - 1] === r[j - 1];
      // Preference on ties, as in lib_ter: no-op/substitution, then deletion, then insertion.
      let best = (cost[up + j - 1] ?? INF) + (same ? 0 : COST_SUB);
      let bestOp = same ? NOP : SUB;
      const del = (cost[up + j] ?? INF) + COST_DEL;
      if (del < best) {
        best = del;
        bestOp = DEL;
      }
      const ins = (cost[row + j - 1] ?? INF) + COST_INS;
      if (ins < best) {
        best = ins;
        bestOp = INS;
      }
      if (best < (cost[row + j] ?? INF)) {
        cost[row + j] = best;
        op[row + j] = bestOp;
      }
    }
  }
  const ops: number[] = [];
  let i = nh;
  let j = nr;
  while (i > 0 || j > 0) {
    const o = op[i * w + j] ?? UNDEF;
    ops.push(o);
    if (o === SUB || o === NOP) {
      i--;
      j--;
    } else if (o === INS) j--;
    else if (o === DEL) i--;
    else throw new Error('TER: edit trace left the beam');
  }
  ops.reverse();
  return { cost: cost[nh * w + nr] ?? INF, trace: Uint8Array.from(ops) };
}

type Alignment = { align: Int32Array; refErr: Uint8Array; hypErr: Uint8Array };

/** lib_ter `trace_to_alignment` applied to the flipped trace (rewrite the reference into the hypothesis). */
function alignmentOf(trace: Trace, nh: number, nr: number): Alignment {
  const align = new Int32Array(nr);
  const refErr = new Uint8Array(nr);
  const hypErr = new Uint8Array(nh);
  let ph = -1;
  let pr = -1;
  for (const raw of trace) {
    const o = raw === INS ? DEL : raw === DEL ? INS : raw; // flip
    if (o === NOP || o === SUB) {
      ph++;
      pr++;
      align[pr] = ph;
      if (o === SUB) {
        hypErr[ph] = 1;
        refErr[pr] = 1;
      }
    } else if (o === INS) {
      ph++;
      hypErr[ph] = 1;
    } else {
      pr++;
      align[pr] = ph;
      refErr[pr] = 1;
    }
  }
  return { align, refErr, hypErr };
}

type Candidate = {
  delta: number;
  length: number;
  startH: number;
  idx: number;
  words: readonly string[];
};

/** Candidate ranking of lib_ter: biggest gain, then longest block, earliest start, earliest target. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.delta !== b.delta) return a.delta > b.delta;
  if (a.length !== b.length) return a.length > b.length;
  if (a.startH !== b.startH) return a.startH < b.startH;
  if (a.idx !== b.idx) return a.idx < b.idx;
  for (let k = 0; k < a.words.length; k++) {
    const x = a.words[k] ?? '';
    const y = b.words[k] ?? '';
    if (x !== y) return x > y;
  }
  return false;
}

function bestShift(
  h: readonly string[],
  r: readonly string[],
  checkedIn: number,
): { delta: number; words: readonly string[]; checked: number } {
  const pre = beamEditDistance(h, r);
  const { align, refErr, hypErr } = alignmentOf(pre.trace, h.length, r.length);
  let checked = checkedIn;
  let best: Candidate | null = null;
  outer: for (let startH = 0; startH < h.length; startH++) {
    for (let startR = 0; startR < r.length; startR++) {
      if (Math.abs(startR - startH) > MAX_SHIFT_DIST) continue;
      let length = 0;
      while (length < MAX_SHIFT_SIZE && h[startH + length] === r[startR + length]) {
        length++;
        if (anyErr(hypErr, startH, length) && anyErr(refErr, startR, length)) {
          const at = align[startR] ?? -1;
          if (!(startH <= at && at < startH + length)) {
            let prevIdx = -1;
            for (let offset = -1; offset < length; offset++) {
              let idx: number;
              if (startR + offset === -1) idx = 0;
              else if (startR + offset < r.length) idx = (align[startR + offset] ?? -1) + 1;
              else break;
              if (idx === prevIdx) continue;
              prevIdx = idx;
              const shifted = performShift(h, startH, length, idx);
              const cand: Candidate = {
                delta: pre.cost - beamEditDistance(shifted, r).cost,
                length,
                startH,
                idx,
                words: shifted,
              };
              checked++;
              if (best === null || better(cand, best)) best = cand;
            }
            // lib_ter checks the budget after each evaluated block, not only per start position.
            if (checked >= MAX_SHIFT_CANDIDATES) break outer;
          }
        }
        if (h.length === startH + length || r.length === startR + length) break;
      }
    }
  }
  return best ? { delta: best.delta, words: best.words, checked } : { delta: 0, words: h, checked };
}

function anyErr(err: Uint8Array, start: number, length: number): boolean {
  for (let k = start; k < start + length; k++) if (err[k]) return true;
  return false;
}

/** lib_ter `_perform_shift`: move words[start, start+length) so that it lands before `target`. */
function performShift(
  words: readonly string[],
  start: number,
  length: number,
  target: number,
): string[] {
  if (target < start) {
    return [
      ...words.slice(0, target),
      ...words.slice(start, start + length),
      ...words.slice(target, start),
      ...words.slice(start + length),
    ];
  }
  if (target > start + length) {
    return [
      ...words.slice(0, start),
      ...words.slice(start + length, target),
      ...words.slice(start, start + length),
      ...words.slice(target),
    ];
  }
  return [
    ...words.slice(0, start),
    ...words.slice(start + length, length + target),
    ...words.slice(start, start + length),
    ...words.slice(length + target),
  ];
}
