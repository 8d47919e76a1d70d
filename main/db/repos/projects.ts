import type Database from 'better-sqlite3';
import type { ProjectSummary } from '../../../core/api';
import { nowIso } from './types';

type ProjectRow = {
  id: number;
  name: string;
  source_lang: string;
  target_lang: string;
  created_at: string;
  documents: number;
};

function toSummary(row: ProjectRow): ProjectSummary {
  return {
    id: row.id,
    name: row.name,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    createdAt: row.created_at,
    documents: row.documents,
  };
}

export function createProjectsRepo(db: Database.Database) {
  const select = `SELECT p.*, (SELECT count(*) FROM documents d WHERE d.project_id = p.id) AS documents FROM projects p`;
  const insertStmt = db.prepare(
    'INSERT INTO projects (name, source_lang, target_lang, created_at) VALUES (?, ?, ?, ?)',
  );
  const getStmt = db.prepare(`${select} WHERE p.id = ?`);
  const listStmt = db.prepare(`${select} ORDER BY p.id`);
  const deleteStmt = db.prepare('DELETE FROM projects WHERE id = ?');
  return {
    create(name: string, sourceLang: string, targetLang: string): number {
      return Number(insertStmt.run(name, sourceLang, targetLang, nowIso()).lastInsertRowid);
    },
    get(id: number): ProjectSummary | undefined {
      const row = getStmt.get(id) as ProjectRow | undefined;
      return row && toSummary(row);
    },
    list(): ProjectSummary[] {
      return (listStmt.all() as ProjectRow[]).map(toSummary);
    },
    delete(id: number): boolean {
      return deleteStmt.run(id).changes > 0;
    },
  };
}
