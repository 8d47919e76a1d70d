import type Database from 'better-sqlite3';
import { nowIso } from './types';

export type ChromeDecision = 'chrome' | 'not-chrome';

export function createChromeDecisionsRepo(db: Database.Database) {
  const listStmt = db.prepare('SELECT text, decision FROM chrome_decisions WHERE project_id = ?');
  const setStmt = db.prepare(
    `INSERT INTO chrome_decisions (project_id, text, decision, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(project_id, text) DO UPDATE SET decision = excluded.decision`,
  );
  return {
    list(projectId: number): Map<string, ChromeDecision> {
      const rows = listStmt.all(projectId) as { text: string; decision: ChromeDecision }[];
      return new Map(rows.map((r) => [r.text, r.decision]));
    },
    set(projectId: number, text: string, decision: ChromeDecision): void {
      setStmt.run(projectId, text, decision, nowIso());
    },
  };
}
