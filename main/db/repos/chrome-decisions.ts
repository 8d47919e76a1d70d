import type Database from 'better-sqlite3';
import { nowIso } from './types';

export type ChromeDecision = 'chrome' | 'not-chrome';

export function createChromeDecisionsRepo(db: Database.Database) {
  const listStmt = db.prepare('SELECT text, decision FROM chrome_decisions WHERE project_id = ?');
  const setStmt = db.prepare(
    `INSERT INTO chrome_decisions (project_id, text, decision, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(project_id, text) DO UPDATE SET decision = excluded.decision`,
  );
  const getStmt = db.prepare(
    'SELECT decision FROM chrome_decisions WHERE project_id = ? AND text = ?',
  );
  const removeStmt = db.prepare('DELETE FROM chrome_decisions WHERE project_id = ? AND text = ?');
  return {
    get(projectId: number, text: string): ChromeDecision | null {
      const row = getStmt.get(projectId, text) as { decision: ChromeDecision } | undefined;
      return row?.decision ?? null;
    },
    /** Sets a decision, or forgets it (null). */
    put(projectId: number, text: string, decision: ChromeDecision | null): void {
      if (decision === null) removeStmt.run(projectId, text);
      else setStmt.run(projectId, text, decision, nowIso());
    },
    list(projectId: number): Map<string, ChromeDecision> {
      const rows = listStmt.all(projectId) as { text: string; decision: ChromeDecision }[];
      return new Map(rows.map((r) => [r.text, r.decision]));
    },
    set(projectId: number, text: string, decision: ChromeDecision): void {
      setStmt.run(projectId, text, decision, nowIso());
    },
  };
}
