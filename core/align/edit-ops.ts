import { alignParagraphs } from './align';
import type { AlignInput, AlignOptions, EditableGroup } from './types';

// A group a reviewer made or changed by hand is certain and is kept by re-alignment.
function manual(src: number[], tgt: number[]): EditableGroup {
  return { src, tgt, confidence: 1, pinned: true };
}

function at(groups: readonly EditableGroup[], i: number, op: string): EditableGroup {
  const g = groups[i];
  if (!Number.isInteger(i) || g === undefined)
    throw new Error(`${op}: no group ${i} (there are ${groups.length})`);
  return g;
}

function replace(
  groups: readonly EditableGroup[],
  from: number,
  count: number,
  items: readonly EditableGroup[],
): EditableGroup[] {
  return [...groups.slice(0, from), ...items, ...groups.slice(from + count)];
}

/** Merge group i with group i+1 into one hand-made (pinned) group. */
export function mergeWithNext(groups: readonly EditableGroup[], i: number): EditableGroup[] {
  const a = at(groups, i, 'merge');
  if (i + 1 >= groups.length)
    throw new Error(`merge: group ${i} is the last one, nothing follows it`);
  const b = at(groups, i + 1, 'merge');
  return replace(groups, i, 2, [manual([...a.src, ...b.src], [...a.tgt, ...b.tgt])]);
}

/**
 * Split group i after its first srcKeep source and tgtKeep target paragraphs; both parts must keep
 * at least one paragraph. Both parts are hand-made (pinned).
 */
export function splitGroup(
  groups: readonly EditableGroup[],
  i: number,
  srcKeep: number,
  tgtKeep: number,
): EditableGroup[] {
  const g = at(groups, i, 'split');
  const ok = (k: number, n: number): boolean => Number.isInteger(k) && k >= 0 && k <= n;
  if (!ok(srcKeep, g.src.length) || !ok(tgtKeep, g.tgt.length))
    throw new Error(
      `split: group ${i} has ${g.src.length} source and ${g.tgt.length} target paragraphs; cannot keep ${srcKeep} and ${tgtKeep}`,
    );
  const first = manual(g.src.slice(0, srcKeep), g.tgt.slice(0, tgtKeep));
  const second = manual(g.src.slice(srcKeep), g.tgt.slice(tgtKeep));
  if (first.src.length + first.tgt.length === 0 || second.src.length + second.tgt.length === 0)
    throw new Error(`split: one part of group ${i} would be empty`);
  return replace(groups, i, 1, [first, second]);
}

/**
 * Move the boundary between group i and group i+1 on one side: delta +1 moves the first paragraph
 * of group i+1 into group i, -1 moves the last paragraph of group i into group i+1. A group left
 * with no paragraph at all disappears.
 */
export function moveBoundary(
  groups: readonly EditableGroup[],
  i: number,
  side: 'source' | 'target',
  delta: 1 | -1,
): EditableGroup[] {
  const a = at(groups, i, 'move');
  if (i + 1 >= groups.length)
    throw new Error(`move: group ${i} is the last one, no boundary follows it`);
  const b = at(groups, i + 1, 'move');
  const key = side === 'source' ? 'src' : 'tgt';
  const left = [...a[key]];
  const right = [...b[key]];
  if (delta === 1) {
    const moved = right.shift();
    if (moved === undefined)
      throw new Error(`move: group ${i + 1} has no ${side} paragraph to give`);
    left.push(moved);
  } else if (delta === -1) {
    const moved = left.pop();
    if (moved === undefined) throw new Error(`move: group ${i} has no ${side} paragraph to give`);
    right.unshift(moved);
  } else throw new Error(`move: delta must be 1 or -1, not ${String(delta)}`);
  const na = manual(side === 'source' ? left : a.src, side === 'target' ? left : a.tgt);
  const nb = manual(side === 'source' ? right : b.src, side === 'target' ? right : b.tgt);
  const kept = [na, nb].filter((g) => g.src.length + g.tgt.length > 0);
  return replace(groups, i, 2, kept);
}

/** Break group i into 1:0 groups (each source paragraph) and 0:1 groups (each target paragraph). */
export function unlink(groups: readonly EditableGroup[], i: number): EditableGroup[] {
  const g = at(groups, i, 'unlink');
  if (g.src.length === 0 || g.tgt.length === 0)
    throw new Error(`unlink: group ${i} is not linked (one side is empty)`);
  return replace(groups, i, 1, [
    ...g.src.map((s) => manual([s], [])),
    ...g.tgt.map((t) => manual([], [t])),
  ]);
}

/** Pin or unpin group i (a pinned group is never changed by realignUnpinned). */
export function setPinned(
  groups: readonly EditableGroup[],
  i: number,
  pinned: boolean,
): EditableGroup[] {
  const g = at(groups, i, 'pin');
  return replace(groups, i, 1, [{ ...g, pinned }]);
}

/** Groups as editable groups, none pinned. */
export function toEditable(
  groups: readonly { src: number[]; tgt: number[]; confidence: number }[],
): EditableGroup[] {
  return groups.map((g) => ({
    src: [...g.src],
    tgt: [...g.tgt],
    confidence: g.confidence,
    pinned: false,
  }));
}

/**
 * Re-align every maximal run of unpinned groups on the paragraphs it covers; pinned groups are kept
 * as they are. The groups must cover both texts in order, each paragraph once.
 */
export function realignUnpinned(
  groups: readonly EditableGroup[],
  source: readonly AlignInput[],
  target: readonly AlignInput[],
  options: AlignOptions = {},
): EditableGroup[] {
  let s = 0;
  let t = 0;
  for (const [k, g] of groups.entries()) {
    for (const x of g.src)
      if (x !== s++)
        throw new Error(`realign: group ${k} breaks the source order at paragraph ${x}`);
    for (const x of g.tgt)
      if (x !== t++)
        throw new Error(`realign: group ${k} breaks the target order at paragraph ${x}`);
  }
  if (s !== source.length || t !== target.length)
    throw new Error(
      `realign: groups cover ${s}/${source.length} source and ${t}/${target.length} target paragraphs`,
    );
  const out: EditableGroup[] = [];
  let k = 0;
  while (k < groups.length) {
    const g = groups[k] as EditableGroup;
    if (g.pinned) {
      out.push(g);
      k++;
      continue;
    }
    let end = k;
    while (end < groups.length && !(groups[end] as EditableGroup).pinned) end++;
    const run = groups.slice(k, end);
    const s0 = countBefore(groups, k, 'src');
    const t0 = countBefore(groups, k, 'tgt');
    const sn = run.reduce((n, x) => n + x.src.length, 0);
    const tn = run.reduce((n, x) => n + x.tgt.length, 0);
    const aligned = alignParagraphs(source.slice(s0, s0 + sn), target.slice(t0, t0 + tn), options);
    for (const a of aligned)
      out.push({
        src: a.src.map((x) => x + s0),
        tgt: a.tgt.map((x) => x + t0),
        confidence: a.confidence,
        pinned: false,
      });
    k = end;
  }
  return out;
}

// Paragraphs of one side in groups[0..k): where that side resumes at group k.
function countBefore(groups: readonly EditableGroup[], k: number, key: 'src' | 'tgt'): number {
  let n = 0;
  for (let x = 0; x < k; x++) n += (groups[x] as EditableGroup)[key].length;
  return n;
}
