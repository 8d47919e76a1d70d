import type Database from 'better-sqlite3';
import { nowIso } from './types';

export type CommentRecord = { id: number; segmentId: number; text: string; createdAt: string };

type CommentRow = { id: number; segment_id: number; text: string; created_at: string };

const toRecord = (r: CommentRow): CommentRecord => ({
  id: r.id,
  segmentId: r.segment_id,
  text: r.text,
  createdAt: r.created_at,
});

/** Reviewer notes on review rows. They follow their row; a merge moves them to the row that stays. */
export function createCommentsRepo(db: Database.Database) {
  const insertStmt = db.prepare(
    'INSERT INTO comments (segment_id, text, created_at) VALUES (?, ?, ?)',
  );
  const getStmt = db.prepare('SELECT * FROM comments WHERE id = ?');
  const listStmt = db.prepare('SELECT * FROM comments WHERE segment_id = ? ORDER BY id');
  const byDocumentStmt = db.prepare(
    `SELECT c.* FROM comments c JOIN segments s ON s.id = c.segment_id
     WHERE s.document_id = ? AND s.live = 1 ORDER BY c.id`,
  );
  const deleteStmt = db.prepare('DELETE FROM comments WHERE id = ?');
  const idsStmt = db.prepare('SELECT id FROM comments WHERE segment_id = ? ORDER BY id').pluck();
  const moveStmt = db.prepare('UPDATE comments SET segment_id = ? WHERE id = ?');
  return {
    add(segmentId: number, text: string): CommentRecord {
      const createdAt = nowIso();
      const id = Number(insertStmt.run(segmentId, text, createdAt).lastInsertRowid);
      return { id, segmentId, text, createdAt };
    },
    get(id: number): CommentRecord | undefined {
      const row = getStmt.get(id) as CommentRow | undefined;
      return row && toRecord(row);
    },
    list(segmentId: number): CommentRecord[] {
      return (listStmt.all(segmentId) as CommentRow[]).map(toRecord);
    },
    /** Comments of a document's live rows, by row id (for export). */
    byDocument(documentId: number): Map<number, CommentRecord[]> {
      const out = new Map<number, CommentRecord[]>();
      for (const row of byDocumentStmt.all(documentId) as CommentRow[]) {
        const list = out.get(row.segment_id) ?? [];
        list.push(toRecord(row));
        out.set(row.segment_id, list);
      }
      return out;
    },
    remove(id: number): void {
      deleteStmt.run(id);
    },
    ids(segmentId: number): number[] {
      return idsStmt.all(segmentId) as number[];
    },
    /** Moves comments to another row (a merge, and its undo). */
    move(ids: readonly number[], segmentId: number): void {
      for (const id of ids) moveStmt.run(segmentId, id);
    },
  };
}
