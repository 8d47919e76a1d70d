import type Database from 'better-sqlite3';
import type { DocumentSummary } from '../../../core/api';
import type { Side, SourceFormat } from '../../../core/model';
import { nowIso } from './types';

type DocumentRow = {
  id: number;
  project_id: number;
  name: string;
  source_name: string | null;
  mt_engine: string;
  created_at: string;
  segments: number;
  approved: number;
};

export type DocumentRecord = DocumentSummary & { mtEngine: string };

export type DocumentFile = {
  name: string;
  bytes: Uint8Array;
  sha256: string;
  encoding: string;
  format: SourceFormat;
  text: string;
};

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function toRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    sourceName: row.source_name,
    segments: row.segments,
    approved: row.approved,
    createdAt: row.created_at,
    mtEngine: row.mt_engine,
  };
}

export function createDocumentsRepo(db: Database.Database) {
  const select = `SELECT d.*,
      (SELECT count(*) FROM segments s WHERE s.document_id = d.id AND s.live = 1) AS segments,
      (SELECT count(*) FROM segments s WHERE s.document_id = d.id AND s.live = 1 AND s.status = 'approved') AS approved
    FROM documents d`;
  const insertStmt = db.prepare(
    'INSERT INTO documents (project_id, name, source_name, created_at) VALUES (?, ?, ?, ?)',
  );
  const insertFileStmt = db.prepare(
    `INSERT INTO document_files (document_id, side, name, bytes, sha256, encoding, format, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const getStmt = db.prepare(`${select} WHERE d.id = ?`);
  const listStmt = db.prepare(`${select} WHERE d.project_id = ? ORDER BY d.id`);
  const fileStmt = db.prepare(
    'SELECT name, bytes, sha256, encoding, format, text FROM document_files WHERE document_id = ? AND side = ?',
  );
  const deleteStmt = db.prepare('DELETE FROM documents WHERE id = ?');
  const headStmt = db.prepare(
    'SELECT id, project_id AS projectId, source_name AS sourceName FROM documents WHERE id = ?',
  );
  return {
    create(projectId: number, name: string, sourceName: string | null): number {
      return Number(insertStmt.run(projectId, name, sourceName, nowIso()).lastInsertRowid);
    },
    addFile(documentId: number, side: Side, file: DocumentFile): void {
      const text = utf8(file.bytes) === file.text ? null : file.text;
      insertFileStmt.run(
        documentId,
        side,
        file.name,
        Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
        file.sha256,
        file.encoding,
        file.format,
        text,
      );
    },
    file(documentId: number, side: Side): DocumentFile | undefined {
      const row = fileStmt.get(documentId, side) as
        (Omit<DocumentFile, 'text'> & { text: string | null }) | undefined;
      return row && { ...row, text: row.text ?? utf8(row.bytes) ?? '' };
    },
    /** Identity only, without the row counts (cheap on a hot path). */
    head(id: number): { id: number; projectId: number; sourceName: string | null } | undefined {
      return headStmt.get(id) as
        { id: number; projectId: number; sourceName: string | null } | undefined;
    },
    get(id: number): DocumentRecord | undefined {
      const row = getStmt.get(id) as DocumentRow | undefined;
      return row && toRecord(row);
    },
    list(projectId: number): DocumentRecord[] {
      return (listStmt.all(projectId) as DocumentRow[]).map(toRecord);
    },
    delete(id: number): boolean {
      return deleteStmt.run(id).changes > 0;
    },
  };
}
