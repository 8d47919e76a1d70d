import type Database from 'better-sqlite3';
import type { Revision, RevisionOrigin } from '../../../core/model';
import { nowIso } from './types';

type RevisionRow = {
  segment_id: number;
  revision: number;
  text: string | null;
  origin: RevisionOrigin;
  created_at: string;
};

/** A stored revision; `text` null means the correction was withdrawn (an undo back to "untouched"). */
export type StoredRevision = Omit<Revision, 'text'> & { text: string | null };

function toRevision(row: RevisionRow): StoredRevision {
  return { revision: row.revision, text: row.text, createdAt: row.created_at, origin: row.origin };
}

export function createRevisionsRepo(db: Database.Database) {
  const latestStmt = db.prepare(
    'SELECT * FROM revisions WHERE segment_id = ? ORDER BY revision DESC LIMIT 1',
  );
  const insertStmt = db.prepare(
    'INSERT INTO revisions (segment_id, revision, text, origin, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  // The segment row caches its current correction (for paging and search); kept in the same transaction.
  const cacheStmt = db.prepare(
    `UPDATE segments SET correction = @text,
       search = sverka_fold(source_text || char(10) || mt_text || char(10) || coalesce(@text, ''))
     WHERE id = @id`,
  );
  const historyStmt = db.prepare('SELECT * FROM revisions WHERE segment_id = ? ORDER BY revision');
  const documentStmt = db.prepare(
    `SELECT r.* FROM revisions r JOIN segments s ON s.id = r.segment_id
     WHERE s.document_id = ? AND s.live = 1 ORDER BY r.segment_id, r.revision`,
  );
  return {
    latest(segmentId: number): StoredRevision | undefined {
      const row = latestStmt.get(segmentId) as RevisionRow | undefined;
      return row && toRevision(row);
    },
    /** The current correction text of a row (null: untouched or withdrawn). */
    current(segmentId: number): string | null {
      const row = latestStmt.get(segmentId) as RevisionRow | undefined;
      return row ? row.text : null;
    },
    /** Appends the next revision (after `previous`, when the caller already read it); the caller holds the transaction. */
    append(
      segmentId: number,
      text: string | null,
      origin: RevisionOrigin,
      previous?: StoredRevision | null,
    ): number {
      const last =
        previous === undefined ? (latestStmt.get(segmentId) as RevisionRow | undefined) : previous;
      const revision = (last?.revision ?? 0) + 1;
      insertStmt.run(segmentId, revision, text, origin, nowIso());
      cacheStmt.run({ id: segmentId, text });
      return revision;
    },
    history(segmentId: number): StoredRevision[] {
      return (historyStmt.all(segmentId) as RevisionRow[]).map(toRevision);
    },
    /** Every revision of the document's live rows, grouped by segment id, oldest first. */
    forDocument(documentId: number): Map<number, StoredRevision[]> {
      const map = new Map<number, StoredRevision[]>();
      for (const row of documentStmt.iterate(documentId) as IterableIterator<RevisionRow>) {
        const list = map.get(row.segment_id) ?? [];
        list.push(toRevision(row));
        map.set(row.segment_id, list);
      }
      return map;
    },
  };
}
