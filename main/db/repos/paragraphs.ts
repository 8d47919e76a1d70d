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
  return {
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
