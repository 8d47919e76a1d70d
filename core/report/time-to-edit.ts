import type { ExportSegment, RevisionOrigin } from '../model';

// Only what a person did counts as editing time; imports and propagated fixes are machine work.
const HUMAN: ReadonlySet<RevisionOrigin> = new Set(['typed', 'replace', 'undo']);

/**
 * Editing time per row from revision timestamps: the document's human revisions are put on one
 * timeline and each gap to the previous revision (any row) is credited to the row edited, unless
 * the gap exceeds `idleCapSec` (then it was a pause). Rows without human revisions get null.
 * O(R log R) for R revisions.
 */
export function editTimes(
  segments: readonly ExportSegment[],
  idleCapSec: number,
): Map<number, number | null> {
  const events: { t: number; id: number }[] = [];
  const times = new Map<number, number | null>();
  for (const s of segments) {
    times.set(s.id, null);
    for (const r of s.revisions) {
      const t = Date.parse(r.createdAt);
      if (HUMAN.has(r.origin) && !Number.isNaN(t)) events.push({ t, id: s.id });
    }
  }
  events.sort((a, b) => a.t - b.t);
  let prev: number | null = null;
  for (const e of events) {
    const gap = prev === null ? 0 : (e.t - prev) / 1000;
    times.set(e.id, (times.get(e.id) ?? 0) + (gap <= idleCapSec ? gap : 0));
    prev = e.t;
  }
  return times;
}
