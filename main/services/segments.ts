import type { Req, Res } from '../../core/api';
import type { SegmentStatus } from '../../core/model';
import { stateOf } from '../db/repos';
import type { AppContext } from './context';
import { toSegmentRow } from './derive';
import { notFound } from './errors';
import { liveRow, recordRowEdit } from './journal';

export function listSegments({ repos }: AppContext, req: Req<'segment.list'>): Res<'segment.list'> {
  const doc = repos.documents.head(req.documentId);
  if (!doc) throw notFound('document', req.documentId);
  const hasSource = doc.sourceName !== null;
  // Without a source side every row is 0:1 by construction, so "added" would flag everything.
  if (req.filter?.flag === 'added' && !hasSource) return { total: 0, items: [] };
  const page = repos.segments.page(req.documentId, req.offset, req.limit, req.filter);
  return { total: page.total, items: page.rows.map((row) => toSegmentRow(row, hasSource)) };
}

/**
 * Appends a typed revision and journals it, in one transaction; returns after COMMIT, which with
 * WAL + synchronous=FULL means the revision is on disk. Saving the current text again is a no-op.
 */
export function saveCorrection(
  { repos }: AppContext,
  req: Req<'segment.saveCorrection'>,
): Res<'segment.saveCorrection'> {
  return repos.db.transaction(() => {
    const row = liveRow(repos, req.segmentId);
    const latest = repos.revisions.latest(row.id);
    if (latest && latest.text === req.text) return { revision: latest.revision };
    const revision = repos.revisions.append(row.id, req.text, 'typed', latest ?? null);
    const before = stateOf(row);
    const after = { ...before, status: 'edited' as SegmentStatus };
    if (row.status !== 'edited') repos.segments.setStatus(row.id, 'edited');
    else repos.segments.touch(row.id);
    recordRowEdit(repos, row.documentId, 'correction', before, after, {
      id: row.id,
      before: latest?.text ?? null,
      after: req.text,
      origin: 'typed',
    });
    return { revision };
  })();
}

export function setStatus(
  { repos }: AppContext,
  req: Req<'segment.setStatus'>,
): Res<'segment.setStatus'> {
  repos.db.transaction(() => {
    const row = liveRow(repos, req.segmentId);
    if (row.status === req.status) return;
    repos.segments.setStatus(row.id, req.status);
    recordRowEdit(repos, row.documentId, 'status', stateOf(row), {
      ...stateOf(row),
      status: req.status,
    });
  })();
  return {};
}

export function setPinned({ repos }: AppContext, req: Req<'alignment.pin'>): Res<'alignment.pin'> {
  repos.db.transaction(() => {
    const row = liveRow(repos, req.segmentId);
    if (row.pinned === req.pinned) return;
    const after = { ...stateOf(row), pinned: req.pinned };
    repos.segments.update(after, row);
    recordRowEdit(repos, row.documentId, 'pin', stateOf(row), after);
  })();
  return {};
}

/** Every revision of a row, oldest first; a withdrawn correction (undo to untouched) reads as ''. */
export function history(
  { repos }: AppContext,
  req: Req<'segment.history'>,
): Res<'segment.history'> {
  if (!repos.segments.get(req.segmentId)) throw notFound('segment', req.segmentId);
  return {
    items: repos.revisions.history(req.segmentId).map((r) => ({ ...r, text: r.text ?? '' })),
  };
}
