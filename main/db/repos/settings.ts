import type Database from 'better-sqlite3';

export function createSettingsRepo(db: Database.Database) {
  const getStmt = db.prepare('SELECT value FROM settings WHERE key = ?');
  const setStmt = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | undefined {
      return (getStmt.get(key) as { value: string } | undefined)?.value;
    },
    set(key: string, value: string): void {
      setStmt.run(key, value);
    },
  };
}
