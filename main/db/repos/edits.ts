import type Database from 'better-sqlite3';
import type { ParagraphKind, RevisionOrigin, Side } from '../../../core/model';
import type { ChromeDecision } from './chrome-decisions';
import type { SegmentState } from './types';
import { nowIso } from './types';

/** A correction text change inside an edit: `origin` is what redo writes again. */
export type TextChange = {
  id: number;
  before: string | null;
  after: string | null;
  origin: RevisionOrigin;
};

/**
 * One journal entry: the row states before and after the edit (new rows appear in `before` retired) and
 * the correction texts it changed. Undo writes `before` back, redo writes `after`; both append revisions.
 */
/** A paragraph the edit cut in two: `idx` became `head` and idx + 1 `tail`; `text` was the whole. */
export type ParagraphCut = { side: Side; idx: number; text: string; head: string; tail: string };

/** A paragraph whose kind the edit changed (the reviewer's chrome ruling). */
export type KindChange = { side: Side; idx: number; before: ParagraphKind; after: ParagraphKind };

/** A project's chrome decision for one normalised line text; null = no decision. */
export type DecisionChange = {
  projectId: number;
  key: string;
  before: ChromeDecision | null;
  after: ChromeDecision | null;
};

/** Comments a merge moved from a row that went away to the row that stays. */
export type CommentMove = { ids: number[]; from: number; to: number };

/**
 * Row states are in the paragraph numbering right after the edit. Undo is last-in-first-out, so when an
 * entry is undone or redone the numbering is again what it was then: payloads never need renumbering.
 * `cuts` are applied before `after` on redo and reverted after `before` on undo.
 */
export type EditPayload = {
  before: SegmentState[];
  after: SegmentState[];
  texts: TextChange[];
  cuts?: ParagraphCut[];
  kinds?: KindChange[];
  decisions?: DecisionChange[];
  moves?: CommentMove[];
};

export type EditEntry = { id: number; kind: string; payload: EditPayload };

/** How many edits back a document can be undone. */
export const UNDO_DEPTH = 1000;

type EditRow = { id: number; kind: string; payload: string };

function toEntry(row: EditRow): EditEntry {
  return { id: row.id, kind: row.kind, payload: JSON.parse(row.payload) as EditPayload };
}

export function createEditsRepo(db: Database.Database) {
  const insertStmt = db.prepare(
    'INSERT INTO edits (document_id, kind, payload, created_at) VALUES (?, ?, ?, ?)',
  );
  const dropRedoStmt = db.prepare('DELETE FROM edits WHERE document_id = ? AND undone = 1');
  const lastDoneStmt = db.prepare(
    'SELECT id, kind, payload FROM edits WHERE document_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1',
  );
  const firstUndoneStmt = db.prepare(
    'SELECT id, kind, payload FROM edits WHERE document_id = ? AND undone = 1 ORDER BY id LIMIT 1',
  );
  const pruneStmt = db.prepare(
    `DELETE FROM edits WHERE document_id = @documentId AND id <
       (SELECT id FROM edits WHERE document_id = @documentId ORDER BY id DESC LIMIT 1 OFFSET @keep)`,
  );
  const markStmt = db.prepare('UPDATE edits SET undone = ? WHERE id = ?');
  return {
    /**
     * Records a new edit, forgets the redo branch and the entries beyond the undo depth (revisions are
     * never pruned: only the ability to undo that far back). The caller holds the transaction.
     */
    record(documentId: number, kind: string, payload: EditPayload): void {
      dropRedoStmt.run(documentId);
      const id = Number(
        insertStmt.run(documentId, kind, JSON.stringify(payload), nowIso()).lastInsertRowid,
      );
      if (id % 64 === 0) pruneStmt.run({ documentId, keep: UNDO_DEPTH });
    },
    lastDone(documentId: number): EditEntry | undefined {
      const row = lastDoneStmt.get(documentId) as EditRow | undefined;
      return row && toEntry(row);
    },
    firstUndone(documentId: number): EditEntry | undefined {
      const row = firstUndoneStmt.get(documentId) as EditRow | undefined;
      return row && toEntry(row);
    },
    mark(id: number, undone: boolean): void {
      markStmt.run(undone ? 1 : 0, id);
    },
  };
}
