import { type EditableGroup, splitGroup } from '../../core/align';
import type { SegmentRecord } from '../db/repos';
import { stateOf } from '../db/repos';
import { indexRange } from './derive';
import type { NewGroup } from './journal';

/** Stored rows as core/align editable groups (absolute paragraph indices). */
export function toGroups(rows: readonly SegmentRecord[]): EditableGroup[] {
  return rows.map((r) => ({
    src: indexRange(r.s0, r.s1),
    tgt: indexRange(r.t0, r.t1),
    confidence: r.confidence,
    pinned: r.pinned,
  }));
}

/**
 * Groups returned by a core/align edit op, laid back onto half-open ranges from (s0, t0). `ids[k]`
 * names the row that group k continues (undefined: a new row); other fields start from `base`.
 */
export function fromGroups(
  groups: readonly EditableGroup[],
  start: { s0: number; t0: number },
  base: SegmentRecord,
  ids: readonly (number | undefined)[],
): NewGroup[] {
  let s = start.s0;
  let t = start.t0;
  return groups.map((g, k) => {
    const range = { s0: s, s1: s + g.src.length, t0: t, t1: t + g.tgt.length };
    if (g.src.some((x, i) => x !== s + i) || g.tgt.some((x, i) => x !== t + i)) {
      throw new Error('edit op returned groups out of document order');
    }
    s = range.s1;
    t = range.t1;
    const { id: _id, live: _live, ...rest } = stateOf(base);
    const id = ids[k];
    return {
      ...rest,
      ...range,
      confidence: g.confidence,
      pinned: g.pinned,
      origin: g.pinned ? 'manual' : 'auto',
      ...(id === undefined ? {} : { id }),
    };
  });
}

/** A row split after `source` source and `target` target paragraphs: the first part keeps its id. */
export function splitInTwo(
  row: SegmentRecord,
  source: number,
  target: number,
): [NewGroup, NewGroup] {
  const [first, second] = fromGroups(splitGroup(toGroups([row]), 0, source, target), row, row, [
    row.id,
  ]);
  if (!first || !second) throw new Error('split returned fewer than two groups');
  return [first, second];
}
