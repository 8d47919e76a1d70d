import type Database from 'better-sqlite3';
import type { Paragraph, Side } from '../../../core/model';
import type { ParagraphRecord } from './types';

type ParagraphRow = {
  side: Side;
  idx: number;
  text: string;
  kind: Paragraph['kind'];
  lang: string;
  untranslated: number;
  path: string | null;
  chrome_reason: string | null;
};

function toRecord(row: ParagraphRow): ParagraphRecord {
  return {
    side: row.side,
    idx: row.idx,
    text: row.text,
    kind: row.kind,
    lang: row.lang,
    untranslated: row.untranslated === 1,
    path: row.path,
    chromeReason: row.chrome_reason,
  };
}

export function createParagraphsRepo(db: Database.Database) {
  const insertStmt = db.prepare(
    `INSERT INTO paragraphs (document_id, side, idx, text, kind, lang, untranslated, path, chrome_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rangeStmt = db.prepare(
    'SELECT * FROM paragraphs WHERE document_id = ? AND side = ? AND idx >= ? AND idx < ? ORDER BY idx',
  );
  const countStmt = db.prepare(
    'SELECT count(*) AS n FROM paragraphs WHERE document_id = ? AND side = ?',
  );
  const projectTextsStmt = db.prepare(
    `SELECT p.document_id AS documentId, p.text FROM paragraphs p JOIN documents d ON d.id = p.document_id
     WHERE d.project_id = ? AND p.side = ? ORDER BY p.document_id, p.idx`,
  );
  const getStmt = db.prepare(
    'SELECT * FROM paragraphs WHERE document_id = ? AND side = ? AND idx = ?',
  );
  const setTextStmt = db.prepare(
    'UPDATE paragraphs SET text = ? WHERE document_id = ? AND side = ? AND idx = ?',
  );
  const setKindStmt = db.prepare(
    'UPDATE paragraphs SET kind = ? WHERE document_id = ? AND side = ? AND idx = ?',
  );
  const deleteStmt = db.prepare(
    'DELETE FROM paragraphs WHERE document_id = ? AND side = ? AND idx = ?',
  );
  // The primary key forbids shifting in place (idx + 1 would meet its neighbour mid-statement): move the
  // tail to negative indices, then back, shifted.
  const parkStmt = db.prepare(
    'UPDATE paragraphs SET idx = -idx - 1 WHERE document_id = ? AND side = ? AND idx > ?',
  );
  const unparkStmt = db.prepare(
    'UPDATE paragraphs SET idx = -idx - 1 + ? WHERE document_id = ? AND side = ? AND idx < 0',
  );
  const shift = (documentId: number, side: Side, after: number, delta: 1 | -1): void => {
    parkStmt.run(documentId, side, after);
    unparkStmt.run(delta, documentId, side);
  };
  return {
    get(documentId: number, side: Side, idx: number): ParagraphRecord | undefined {
      const row = getStmt.get(documentId, side, idx) as ParagraphRow | undefined;
      return row && toRecord(row);
    },
    /**
     * Paragraph idx becomes `head` and a new paragraph idx + 1 `tail` (same kind, language, path);
     * later paragraphs move up by one. The caller holds the transaction and shifts the rows.
     */
    split(documentId: number, side: Side, idx: number, head: string, tail: string): void {
      const p = this.get(documentId, side, idx);
      if (!p) throw new Error(`paragraph ${side} ${idx} of document ${documentId} is missing`);
      shift(documentId, side, idx, 1);
      setTextStmt.run(head, documentId, side, idx);
      insertStmt.run(
        documentId,
        side,
        idx + 1,
        tail,
        p.kind,
        p.lang,
        p.untranslated ? 1 : 0,
        p.path,
        p.chromeReason,
      );
    },
    setKind(documentId: number, side: Side, idx: number, kind: Paragraph['kind']): void {
      setKindStmt.run(kind, documentId, side, idx);
    },
    /** The reverse of split: paragraphs idx and idx + 1 become one paragraph with `text`. */
    join(documentId: number, side: Side, idx: number, text: string): void {
      deleteStmt.run(documentId, side, idx + 1);
      setTextStmt.run(text, documentId, side, idx);
      shift(documentId, side, idx + 1, -1);
    },
    /** Paragraph texts of one side of every document in a project, one list per document. */
    textsByProject(projectId: number, side: Side): string[][] {
      const byDoc = new Map<number, string[]>();
      for (const row of projectTextsStmt.iterate(projectId, side) as IterableIterator<{
        documentId: number;
        text: string;
      }>) {
        const list = byDoc.get(row.documentId) ?? [];
        list.push(row.text);
        byDoc.set(row.documentId, list);
      }
      return [...byDoc.values()];
    },
    /** Inserts a side's paragraphs; the caller holds the transaction. */
    insertAll(documentId: number, side: Side, paragraphs: readonly Paragraph[]): void {
      for (const p of paragraphs) {
        insertStmt.run(
          documentId,
          side,
          p.index,
          p.text,
          p.kind,
          p.lang,
          p.untranslated ? 1 : 0,
          p.path ?? null,
          p.chromeReason ?? null,
        );
      }
    },
    /** Paragraphs with from <= idx < to, in order. */
    range(documentId: number, side: Side, from: number, to: number): ParagraphRecord[] {
      if (to <= from) return [];
      return (rangeStmt.all(documentId, side, from, to) as ParagraphRow[]).map(toRecord);
    },
    all(documentId: number, side: Side): ParagraphRecord[] {
      return (rangeStmt.all(documentId, side, 0, Number.MAX_SAFE_INTEGER) as ParagraphRow[]).map(
        toRecord,
      );
    },
    count(documentId: number, side: Side): number {
      return (countStmt.get(documentId, side) as { n: number }).n;
    },
  };
}
