import { realignUnpinned } from '../../core/align';
import type { Req, Res } from '../../core/api';
import type { SegmentRecord } from '../db/repos';
import type { AppContext } from './context';
import { notFound } from './errors';
import { replaceRows, type NewGroup } from './journal';
import { fromGroups, toGroups } from './window';

/**
 * A row the aligner must not move: pinned (hand-made rows are), reviewed (status other than new),
 * holding a correction or a comment, so re-alignment can never orphan a reviewer's work.
 */
function isFixed(row: SegmentRecord, worked: ReadonlySet<number>): boolean {
  return row.pinned || row.status !== 'new' || worked.has(row.id);
}

const key = (r: { s0: number; s1: number; t0: number; t1: number }) =>
  `${r.s0}:${r.s1}:${r.t0}:${r.t1}`;

/** Re-aligns every stretch of rows between fixed rows (core/align realignUnpinned); unchanged rows keep their id. */
export function realign(ctx: AppContext, req: Req<'alignment.realign'>): Res<'alignment.realign'> {
  const { repos, emit } = ctx;
  const doc = repos.documents.head(req.documentId);
  if (!doc) throw notFound('document', req.documentId);
  return repos.db.transaction(() => {
    const rows = repos.segments.live(req.documentId);
    if (rows.length === 0) return { firstOrder: 0, total: 0 };
    const corrected = new Set([
      ...[...repos.revisions.forDocument(req.documentId)]
        .filter(([, revs]) => revs.at(-1)?.text != null)
        .map(([id]) => id),
      ...repos.comments.byDocument(req.documentId).keys(),
    ]);
    const input = toGroups(rows).map((g, k) => ({
      ...g,
      pinned: isFixed(rows[k] as SegmentRecord, corrected),
    }));
    const inputs = (side: 'source' | 'target') =>
      repos.paragraphs.all(req.documentId, side).map((p) => ({ text: p.text, kind: p.kind }));
    const result = realignUnpinned(input, inputs('source'), inputs('target'), {
      onProgress: (fraction) =>
        emit({ task: 'alignment.realign', documentId: req.documentId, phase: 'align', fraction }),
    });
    const existing = new Set(rows.map(key));
    const laid = fromGroups(result, { s0: 0, t0: 0 }, rows[0] as SegmentRecord, []);
    // A group with the same range as a current row is that row, untouched; the rest are new auto rows
    // replacing the rows whose range disappeared.
    const fresh: NewGroup[] = laid
      .filter((g) => !existing.has(key(g)))
      .map((g) => ({ ...g, origin: 'auto', pinned: false, status: 'new', split: false }));
    if (fresh.length === 0) return { firstOrder: 0, total: rows.length };
    const kept = new Set(laid.map(key));
    const old = rows.filter((r) => !kept.has(key(r)));
    return replaceRows(repos, req.documentId, 'realign', old, fresh);
  })();
}
