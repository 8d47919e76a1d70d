/**
 * Word-level diff for the review grid: LCS over word and punctuation tokens, each carrying the
 * whitespace after it (the `diff` package's Myers diff, bounded so a rewrite stays cheap),
 * moved blocks recognised as a deleted run equal to an inserted run elsewhere, and a character-level
 * diff inside a replaced word run so a one-letter fix shows as one letter.
 */
import { diffArrays, diffChars } from 'diff';

/** A piece of a replaced run; `changed` marks characters that differ from the other side. */
export type CharSpan = { text: string; changed: boolean };

export type DiffOp =
  | { op: 'equal'; text: string }
  /** Text only in `a`; `spans` is present when the run replaces the adjacent insert. */
  | { op: 'delete'; text: string; spans?: CharSpan[] }
  /** Text only in `b`; `spans` is present when the run replaces the adjacent delete. */
  | { op: 'insert'; text: string; spans?: CharSpan[] }
  /** A block moved: `from` sits where it was in `a`, `to` where it is in `b`; same `moveId`. */
  | { op: 'move'; dir: 'from' | 'to'; text: string; moveId: number };

// Words (letters, digits, marks, connector) and single other characters, each with the whitespace
// that follows it; whitespace at the very start is a token of its own. Attaching spaces halves the
// token count and stops every space from "matching" every other space.
const TOKEN = /^\s+|[\p{L}\p{N}\p{M}\p{Pc}]+\s*|[^\p{L}\p{N}\p{M}\p{Pc}\s]\s*/gu;
const WORDY = /[\p{L}\p{N}]/u;
// Char-level spans only inside runs short enough to read as "a changed word", not a rewritten clause.
const MAX_SPAN_RUN = 60;
const MIN_MOVE_CHARS = 4;
const MAX_MOVES = 32;
// Changed runs longer than this (tokens × tokens) are not searched for moves: a rewrite, not a move.
const MAX_MOVE_CELLS = 160_000;
// Beyond this many token edits the two texts are shown as replaced, not aligned word by word.
const MAX_EDIT_TOKENS = 120;
// Total DP cells the move search may spend on one diff, and the changed share above which it is skipped.
const MOVE_CELL_BUDGET = 200_000;
const MAX_CHANGED_SHARE = 0.7;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

type Run =
  | { op: 'equal' | 'delete' | 'insert'; tokens: string[] }
  | { op: 'move'; dir: 'from' | 'to'; tokens: string[]; moveId: number };

/**
 * Diff `a` (e.g. the MT) against `b` (the correction). Invariants: the texts of equal + delete +
 * move-from ops concatenate to `a`; equal + insert + move-to ops concatenate to `b`.
 * Cost: Myers O((n+m)·D) over tokens plus a longest-common-run search between changed runs.
 */
export function diffWords(a: string, b: string): DiffOp[] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  let pre = 0;
  while (pre < ta.length && pre < tb.length && ta[pre] === tb[pre]) pre++;
  let post = 0;
  while (
    post < ta.length - pre &&
    post < tb.length - pre &&
    ta[ta.length - 1 - post] === tb[tb.length - 1 - post]
  )
    post++;
  const midA = ta.slice(pre, ta.length - post);
  const midB = tb.slice(pre, tb.length - post);
  const parts = diffArrays(midA, midB, { maxEditLength: MAX_EDIT_TOKENS }) ?? [
    { value: midA, added: false, removed: true },
    { value: midB, added: true, removed: false },
  ];
  const runs: Run[] = [];
  const push = (op: 'equal' | 'delete' | 'insert', tokens: readonly string[]): void => {
    if (tokens.length === 0) return;
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.tokens.push(...tokens);
    else runs.push({ op, tokens: [...tokens] });
  };
  push('equal', ta.slice(0, pre));
  for (const part of parts)
    push(part.added ? 'insert' : part.removed ? 'delete' : 'equal', part.value);
  push('equal', ta.slice(ta.length - post));
  markMoves(runs);
  const ops: DiffOp[] = runs.map((r) =>
    r.op === 'move'
      ? { op: 'move', dir: r.dir, text: r.tokens.join(''), moveId: r.moveId }
      : { op: r.op, text: r.tokens.join('') },
  );
  addCharSpans(ops);
  return ops;
}

type Common = { d: number; i: number; at: number; bt: number; len: number; chars: number };

/** Longest common token run of two changed runs, trimmed of whitespace at its ends. */
function longestCommon(x: readonly string[], y: readonly string[]): Omit<Common, 'd' | 'i'> | null {
  if (x.length * y.length > MAX_MOVE_CELLS) return null;
  // Run lengths and run weights (characters of non-space tokens), so "and" padded by spaces
  // does not beat "reconnect it".
  let best = { at: 0, bt: 0, len: 0, weight: 0 };
  let prev = new Int32Array(2 * (y.length + 1));
  let cur = new Int32Array(2 * (y.length + 1));
  for (let p = 1; p <= x.length; p++) {
    const tok = x[p - 1] ?? '';
    const w = tok.trim().length;
    for (let q = 1; q <= y.length; q++) {
      if (tok !== y[q - 1]) {
        cur[2 * q] = 0;
        cur[2 * q + 1] = 0;
        continue;
      }
      const len = (prev[2 * q - 2] ?? 0) + 1;
      const weight = (prev[2 * q - 1] ?? 0) + w;
      cur[2 * q] = len;
      cur[2 * q + 1] = weight;
      if (weight > best.weight) best = { at: p - len, bt: q - len, len, weight };
    }
    [prev, cur] = [cur, prev];
  }
  let { at, bt, len } = best;
  while (len > 0 && /^\s+$/u.test(x[at] ?? '')) {
    at++;
    bt++;
    len--;
  }
  while (len > 0 && /^\s+$/u.test(x[at + len - 1] ?? '')) len--;
  const tokens = x.slice(at, at + len);
  const words = tokens.filter((t) => WORDY.test(t)).length;
  const chars = tokens.join('').trim().length;
  if (words === 0 || (words < 2 && chars < MIN_MOVE_CHARS)) return null;
  return { at, bt, len, chars };
}

/**
 * Turns the best-matching parts of non-adjacent delete/insert runs into move pairs, greedily.
 * Pair results are cached by run identity (a split only creates new runs), and the whole search has
 * a cell budget, so a rewritten paragraph costs no more than a few milliseconds.
 */
function markMoves(runs: Run[]): void {
  let changed = 0;
  let total = 0;
  for (const r of runs) {
    const n = r.tokens.length;
    total += n;
    if (r.op !== 'equal') changed += n;
  }
  // Mostly rewritten: a "move" of a common phrase would be a coincidence, not an edit.
  if (total === 0 || changed > total * MAX_CHANGED_SHARE) return;
  const cache = new Map<Run, Map<Run, Omit<Common, 'd' | 'i'> | null>>();
  let budget = MOVE_CELL_BUDGET;
  for (let moveId = 1; moveId <= MAX_MOVES; moveId++) {
    let best: Common | null = null;
    for (let d = 0; d < runs.length; d++) {
      const dr = runs[d];
      if (!dr || dr.op !== 'delete') continue;
      let row = cache.get(dr);
      if (!row) cache.set(dr, (row = new Map()));
      for (let i = 0; i < runs.length; i++) {
        const ir = runs[i];
        if (!ir || ir.op !== 'insert' || Math.abs(i - d) <= 1) continue;
        let c = row.get(ir);
        if (c === undefined) {
          budget -= dr.tokens.length * ir.tokens.length;
          if (budget < 0) return;
          c = longestCommon(dr.tokens, ir.tokens);
          row.set(ir, c);
        }
        if (c && (!best || c.chars > best.chars)) best = { ...c, d, i };
      }
    }
    if (!best) return;
    const { d, i, at, bt, len }: Common = best;
    const split = (k: number, start: number, dir: 'from' | 'to'): void => {
      const r = runs[k];
      if (!r || r.op === 'move' || r.op === 'equal') return;
      const parts: Run[] = [];
      if (start > 0) parts.push({ op: r.op, tokens: r.tokens.slice(0, start) });
      parts.push({ op: 'move', dir, tokens: r.tokens.slice(start, start + len), moveId });
      if (start + len < r.tokens.length)
        parts.push({ op: r.op, tokens: r.tokens.slice(start + len) });
      runs.splice(k, 1, ...parts);
    };
    // Split the later run first so the earlier index stays valid.
    if (d > i) {
      split(d, at, 'from');
      split(i, bt, 'to');
    } else {
      split(i, bt, 'to');
      split(d, at, 'from');
    }
  }
}

const mergeSpans = (spans: CharSpan[]): CharSpan[] => {
  const out: CharSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.changed === s.changed) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
};

function addCharSpans(ops: DiffOp[]): void {
  for (let i = 0; i + 1 < ops.length; i++) {
    const x = ops[i];
    const y = ops[i + 1];
    if (!x || !y) continue;
    const del =
      x.op === 'delete' && y.op === 'insert'
        ? x
        : x.op === 'insert' && y.op === 'delete'
          ? y
          : null;
    const ins = del === x ? y : x;
    if (!del || del.op !== 'delete' || ins.op !== 'insert') continue;
    if (del.text.length > MAX_SPAN_RUN || ins.text.length > MAX_SPAN_RUN) continue;
    const parts = diffChars(del.text, ins.text);
    let same = 0;
    for (const p of parts) if (!p.added && !p.removed) same += p.value.length;
    // Mostly different: character spans would be noise, show the words as replaced.
    if (same * 2 < Math.min(del.text.length, ins.text.length)) continue;
    del.spans = mergeSpans(
      parts.filter((p) => !p.added).map((p) => ({ text: p.value, changed: p.removed })),
    );
    ins.spans = mergeSpans(
      parts.filter((p) => !p.removed).map((p) => ({ text: p.value, changed: p.added })),
    );
    i++;
  }
}
