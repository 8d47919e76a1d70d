import { mergeWithNext, moveBoundary as moveOp, unlink as unlinkOp } from '../../core/align';
import type { Req, Res } from '../../core/api';
import { InputError } from '../../core/model';
import type { SegmentRecord } from '../db/repos';
import type { AppContext } from './context';
import { PARAGRAPH_JOINER } from './derive';
import { ServiceError } from './errors';
import { liveRow, replaceRows } from './journal';
import { fromGroups, splitInTwo, toGroups } from './window';

// Each edit runs core/align's op on a window of one or two rows, then maps the resulting groups back
// onto row ids so that corrections stay attached to the row a reviewer expects.

function nextRow(ctx: AppContext, row: SegmentRecord): SegmentRecord {
  const next = row.ord === null ? undefined : ctx.repos.segments.atOrd(row.documentId, row.ord + 1);
  if (!next)
    throw new ServiceError(
      'conflict',
      `segment ${row.id} is the last row; there is nothing after it`,
    );
  return next;
}

/** Merges a row with the next one; corrections (or MT where untouched) are concatenated onto the first. */
export function merge(ctx: AppContext, req: Req<'alignment.merge'>): Res<'alignment.merge'> {
  const { repos } = ctx;
  return repos.db.transaction(() => {
    const a = liveRow(repos, req.segmentId);
    const b = nextRow(ctx, a);
    const ca = repos.revisions.current(a.id);
    const cb = repos.revisions.current(b.id);
    const texts = new Map<number, string | null>();
    if (ca !== null || cb !== null) {
      const parts = [ca ?? a.mtText, cb ?? b.mtText].filter((t) => t !== '');
      texts.set(a.id, parts.join(PARAGRAPH_JOINER));
    }
    const status = texts.size > 0 ? 'edited' : a.status === b.status ? a.status : 'new';
    const [merged] = fromGroups(mergeWithNext(toGroups([a, b]), 0), a, a, [a.id]);
    if (!merged) throw new Error('merge returned no group');
    const group = { ...merged, status, split: a.split || b.split };
    // The row that goes away hands its comments to the one that stays.
    const ids = repos.comments.ids(b.id);
    repos.comments.move(ids, a.id);
    const moves = ids.length > 0 ? [{ ids, from: b.id, to: a.id }] : [];
    return replaceRows(repos, a.documentId, 'merge', [a, b], [group], texts, 'replace', { moves });
  })();
}

/** Splits a row after `source` source and `target` target paragraphs; the correction stays on the first part, flagged. */
export function split(ctx: AppContext, req: Req<'alignment.split'>): Res<'alignment.split'> {
  const { repos } = ctx;
  return repos.db.transaction(() => {
    const a = liveRow(repos, req.segmentId);
    const sourceCount = a.s1 - a.s0;
    const targetCount = a.t1 - a.t0;
    if (req.source > sourceCount || req.target > targetCount) {
      throw new InputError(
        'alignment.split',
        `the row has ${sourceCount} source and ${targetCount} target paragraphs`,
      );
    }
    if (req.source + req.target === 0 || req.source + req.target === sourceCount + targetCount) {
      throw new InputError(
        'alignment.split',
        'both parts of a split must keep at least one paragraph',
      );
    }
    const hasCorrection = repos.revisions.current(a.id) !== null;
    const [first, second] = splitInTwo(a, req.source, req.target);
    const groups = [
      { ...first, split: a.split || hasCorrection },
      { ...second, status: 'new' as const, split: false },
    ];
    return replaceRows(repos, a.documentId, 'split', [a], groups);
  })();
}

/**
 * Moves the boundary between a row and the next by one paragraph on one side (+1: the next row's first
 * paragraph joins this row; -1: this row's last paragraph goes to the next). A row left empty is retired,
 * unless it holds a correction (refused: merge instead).
 */
export function moveBoundary(
  ctx: AppContext,
  req: Req<'alignment.moveBoundary'>,
): Res<'alignment.moveBoundary'> {
  const { repos } = ctx;
  return repos.db.transaction(() => {
    const a = liveRow(repos, req.segmentId);
    const b = nextRow(ctx, a);
    const [lo, hi] = req.side === 'source' ? (['s0', 's1'] as const) : (['t0', 't1'] as const);
    const donor = req.delta === 1 ? b : a;
    if (donor[hi] - donor[lo] === 0) {
      throw new InputError(
        'alignment.moveBoundary',
        `no ${req.side} paragraph to move across that boundary`,
      );
    }
    const result = moveOp(toGroups([a, b]), 0, req.side, req.delta);
    let ids = [a.id, b.id];
    if (result.length === 1) {
      // The donor gave its only paragraph away and disappears: refuse if that would orphan a correction.
      if (repos.revisions.current(donor.id) !== null) {
        throw new ServiceError(
          'conflict',
          `segment ${donor.id} would become empty but holds a correction; merge the rows instead`,
        );
      }
      ids = [donor === a ? b.id : a.id];
    }
    const groups = fromGroups(result, a, a, ids).map((g) => {
      const row = g.id === b.id ? b : a;
      return { ...g, status: row.status, split: row.split };
    });
    return replaceRows(repos, a.documentId, 'moveBoundary', [a, b], groups);
  })();
}

/**
 * Breaks an m:n row into m 1:0 rows and n 0:1 rows. The row id (and its correction) goes with the first
 * target paragraph; when the target had several paragraphs that row is flagged split.
 */
export function unlink(ctx: AppContext, req: Req<'alignment.unlink'>): Res<'alignment.unlink'> {
  const { repos } = ctx;
  return repos.db.transaction(() => {
    const a = liveRow(repos, req.segmentId);
    const sourceCount = a.s1 - a.s0;
    const targetCount = a.t1 - a.t0;
    if (sourceCount === 0 || targetCount === 0) {
      throw new InputError(
        'alignment.unlink',
        `segment ${a.id} has only one side; nothing to unlink`,
      );
    }
    const hasCorrection = repos.revisions.current(a.id) !== null;
    const result = unlinkOp(toGroups([a]), 0);
    const ids = result.map((_, k) => (k === sourceCount ? a.id : undefined));
    const groups = fromGroups(result, a, a, ids).map((g) =>
      g.id === a.id
        ? { ...g, split: a.split || (hasCorrection && targetCount > 1) }
        : { ...g, status: 'new' as const, split: false },
    );
    return replaceRows(repos, a.documentId, 'unlink', [a], groups);
  })();
}
