import type { EditResult } from '../../core/api';
import type { RevisionOrigin } from '../../core/model';
import type { EditPayload, Repos, SegmentRecord, SegmentState, TextChange } from '../db/repos';
import { stateOf } from '../db/repos';
import { deriveSegment } from './derive';
import { ServiceError } from './errors';
import {
  applyCut,
  applyDecisions,
  applyKinds,
  deriveFromStore,
  revertCut,
} from './paragraph-edits';

/**
 * Writes row states (retirements first, so live rows never overlap mid-way), recomputes the derived
 * text of rows whose range changed, and renumbers the document from the first position touched when
 * the set or shape of live rows changed. Returns the first order touched.
 */
export function writeStates(
  repos: Repos,
  documentId: number,
  states: readonly SegmentState[],
): number {
  const ordered = [...states].sort((a, b) => Number(a.live) - Number(b.live));
  let fromPos = Number.POSITIVE_INFINITY;
  let firstOrd = Number.POSITIVE_INFINITY;
  let structural = false;
  for (const state of ordered) {
    const old = repos.segments.get(state.id);
    if (!old) throw new Error(`segment ${state.id} is missing from the store`);
    const sameShape =
      old.live === state.live &&
      old.s0 === state.s0 &&
      old.s1 === state.s1 &&
      old.t0 === state.t0 &&
      old.t1 === state.t1;
    if (!sameShape) structural = true;
    if (old.live) fromPos = Math.min(fromPos, old.s0 + old.t0);
    if (state.live) fromPos = Math.min(fromPos, state.s0 + state.t0);
    if (old.live && old.ord !== null) firstOrd = Math.min(firstOrd, old.ord);
    const derived =
      state.live && (!sameShape || !old.live) ? deriveFromStore(repos, documentId, state) : old;
    repos.segments.update(state, derived);
  }
  if (structural && Number.isFinite(fromPos)) return repos.segments.renumber(documentId, fromPos);
  return Number.isFinite(firstOrd) ? firstOrd : 0;
}

/** Appends a revision when the row's current text differs from `text`. */
export function setText(
  repos: Repos,
  id: number,
  text: string | null,
  origin: RevisionOrigin,
): number | null {
  if (repos.revisions.current(id) === text) return null;
  return repos.revisions.append(id, text, origin);
}

/** A live row of the document or a clear error (retired rows are gone from the grid). */
export function liveRow(repos: Repos, segmentId: number): SegmentRecord {
  const row = repos.segments.get(segmentId);
  if (!row) throw new ServiceError('not_found', `segment ${segmentId} does not exist`);
  if (!row.live) {
    throw new ServiceError(
      'conflict',
      `segment ${segmentId} was merged or split away; reload the rows`,
    );
  }
  return row;
}

/** A row an edit leaves: `id` reuses that row (else a new one); `correction` sets its text. */
export type NewGroup = Omit<SegmentState, 'id' | 'live'> & {
  id?: number;
  correction?: string | null;
};

/**
 * Replaces the contiguous live rows `old` with `groups` (a group with `id` reuses that row, the rest
 * become new rows; unused old rows are retired, never deleted), applies correction `texts`, and
 * journals the edit so undo/redo can reverse it. Runs inside the caller's transaction.
 */
export function replaceRows(
  repos: Repos,
  documentId: number,
  kind: string,
  old: readonly SegmentRecord[],
  groups: readonly NewGroup[],
  texts: ReadonlyMap<number, string | null> = new Map(),
  textOrigin: RevisionOrigin = 'replace',
  extra: Pick<EditPayload, 'cuts' | 'moves'> = {},
): EditResult {
  const before = new Map<number, SegmentState>(old.map((r) => [r.id, stateOf(r)]));
  const after: SegmentState[] = [];
  const allTexts = new Map(texts);
  for (const group of groups) {
    const { id: keep, correction, ...rest } = group;
    let id = keep;
    if (id === undefined) {
      // Inserted retired first; writeStates below makes it live in the right place.
      id = repos.segments.insert(documentId, { ...rest, live: false }, deriveSegment([], []), null);
      before.set(id, { ...rest, id, live: false });
    }
    after.push({ ...rest, id, live: true });
    if (correction !== undefined) allTexts.set(id, correction);
  }
  const kept = new Set(after.map((s) => s.id));
  for (const row of old) if (!kept.has(row.id)) after.push({ ...stateOf(row), live: false });
  const firstOrder = writeStates(repos, documentId, after);
  const changes: TextChange[] = [];
  for (const [id, text] of allTexts) {
    const current = repos.revisions.current(id);
    if (current === text) continue;
    repos.revisions.append(id, text, textOrigin);
    changes.push({ id, before: current, after: text, origin: textOrigin });
  }
  repos.edits.record(documentId, kind, {
    before: [...before.values()],
    after,
    texts: changes,
    ...(extra.cuts?.length ? { cuts: extra.cuts } : {}),
    ...(extra.moves?.length ? { moves: extra.moves } : {}),
  });
  return { firstOrder, total: repos.segments.count(documentId) };
}

/** Journals a change of one row's state and/or text that the caller has already written. */
export function recordRowEdit(
  repos: Repos,
  documentId: number,
  kind: string,
  before: SegmentState,
  after: SegmentState,
  text?: TextChange,
): void {
  repos.edits.record(documentId, kind, {
    before: [before],
    after: [after],
    texts: text ? [text] : [],
  });
}

/** Reverses the last edit of the document (a new revision for any text it changed). */
export function undo(repos: Repos, documentId: number): EditResult {
  const entry = repos.edits.lastDone(documentId);
  if (!entry) throw new ServiceError('conflict', 'nothing to undo');
  const firstOrder = writeStates(repos, documentId, entry.payload.before);
  for (const t of entry.payload.texts) setText(repos, t.id, t.before, 'undo');
  applyKinds(repos, documentId, entry.payload.kinds ?? [], 'before');
  applyDecisions(repos, entry.payload.decisions ?? [], 'before');
  for (const m of entry.payload.moves ?? []) repos.comments.move(m.ids, m.from);
  for (const cut of [...(entry.payload.cuts ?? [])].reverse()) revertCut(repos, documentId, cut);
  repos.edits.mark(entry.id, true);
  return { firstOrder, total: repos.segments.count(documentId) };
}

/** Re-applies the edit undone last. */
export function redo(repos: Repos, documentId: number): EditResult {
  const entry = repos.edits.firstUndone(documentId);
  if (!entry) throw new ServiceError('conflict', 'nothing to redo');
  for (const cut of entry.payload.cuts ?? []) applyCut(repos, documentId, cut);
  const firstOrder = writeStates(repos, documentId, entry.payload.after);
  for (const t of entry.payload.texts) setText(repos, t.id, t.after, t.origin);
  applyKinds(repos, documentId, entry.payload.kinds ?? [], 'after');
  applyDecisions(repos, entry.payload.decisions ?? [], 'after');
  for (const m of entry.payload.moves ?? []) repos.comments.move(m.ids, m.to);
  repos.edits.mark(entry.id, false);
  return { firstOrder, total: repos.segments.count(documentId) };
}
