import type { Side } from '../../core/model';
import type { DecisionChange, KindChange, ParagraphCut, Repos, SegmentDerived } from '../db/repos';
import { stateOf } from '../db/repos';
import { deriveSegment } from './derive';

// Paragraph-level changes an edit makes, applied and reverted by the edit and by undo/redo.
// Cutting a paragraph in two renumbers its side: the paragraphs after it and every row's range move up
// by one, and the live row holding it shows the two halves on two lines. Reverting does the opposite.
// A chrome ruling changes paragraph kinds (and so the kind of the rows holding them) and the project's
// remembered decisions.

/** The texts and kind a row shows, from the paragraphs its ranges cover now. */
export function deriveFromStore(
  repos: Repos,
  documentId: number,
  r: { s0: number; s1: number; t0: number; t1: number },
): SegmentDerived {
  return deriveSegment(
    repos.paragraphs.range(documentId, 'source', r.s0, r.s1),
    repos.paragraphs.range(documentId, 'target', r.t0, r.t1),
  );
}

/** Re-derives the live rows holding any of the given paragraphs, each row once. */
function rederiveCovering(
  repos: Repos,
  documentId: number,
  paragraphs: readonly { side: Side; idx: number }[],
): void {
  const done = new Set<number>();
  for (const { side, idx } of paragraphs) {
    for (const row of repos.segments.covering(documentId, side, idx)) {
      if (done.has(row.id)) continue;
      done.add(row.id);
      repos.segments.update(stateOf(row), deriveFromStore(repos, documentId, row));
    }
  }
}

/** Applies a cut (the caller holds the transaction). */
export function applyCut(repos: Repos, documentId: number, cut: ParagraphCut): void {
  repos.paragraphs.split(documentId, cut.side, cut.idx, cut.head, cut.tail);
  repos.segments.shiftSide(documentId, cut.side, cut.idx, 1);
  rederiveCovering(repos, documentId, [cut]);
}

/** Reverts a cut: the two halves are one paragraph again (the caller holds the transaction). */
export function revertCut(repos: Repos, documentId: number, cut: ParagraphCut): void {
  repos.paragraphs.join(documentId, cut.side, cut.idx, cut.text);
  repos.segments.shiftSide(documentId, cut.side, cut.idx + 1, -1);
  rederiveCovering(repos, documentId, [cut]);
}

/**
 * Where offset `at` of a row's side text (its paragraphs joined by line breaks) falls: the number of
 * paragraphs before the cut, and the paragraph cut in two when `at` lies inside one (white space at the
 * cut goes; a cut with only white space on one side of it is a cut between paragraphs).
 */
export function locateCut(
  texts: readonly string[],
  firstIdx: number,
  side: Side,
  at: number,
): { count: number; cut: ParagraphCut | null } {
  let start = 0;
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k] as string;
    if (at <= start) return { count: k, cut: null };
    if (at < start + text.length) {
      const head = text.slice(0, at - start).trimEnd();
      const tail = text.slice(at - start).trimStart();
      if (head === '') return { count: k, cut: null };
      if (tail === '') return { count: k + 1, cut: null };
      return { count: k + 1, cut: { side, idx: firstIdx + k, text, head, tail } };
    }
    start += text.length + 1;
  }
  return { count: texts.length, cut: null };
}

/** Writes one side (before or after) of kind changes and re-derives the rows holding them. */
export function applyKinds(
  repos: Repos,
  documentId: number,
  changes: readonly KindChange[],
  which: 'before' | 'after',
): void {
  for (const c of changes) repos.paragraphs.setKind(documentId, c.side, c.idx, c[which]);
  rederiveCovering(repos, documentId, changes);
}

/** Writes one side (before or after) of chrome decision changes. */
export function applyDecisions(
  repos: Repos,
  changes: readonly DecisionChange[],
  which: 'before' | 'after',
): void {
  for (const c of changes) repos.chromeDecisions.put(c.projectId, c.key, c[which]);
}
