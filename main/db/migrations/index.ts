import type Database from 'better-sqlite3';
import { migration001 } from './001-initial';
import type { Migration } from './types';

export type { Migration } from './types';

/** Append-only: never edit a shipped migration, add the next number. */
export const MIGRATIONS: readonly Migration[] = [migration001];

export const LATEST_VERSION = MIGRATIONS.length;

/** Identifies a Sverka database in the SQLite header ('SVRK'), so a foreign SQLite file is refused. */
export const APPLICATION_ID = 0x5356524b;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to `target` (default: the last migration), one transaction per migration,
 * each setting user_version. Versions must be 1..n without gaps; a database already past the list
 * is the caller's to refuse (see open.ts).
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = migrations.length,
): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration list out of order at ${m.name}`);
  });
  let current = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      if (migration.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      // PRAGMA takes no bound parameters; the value is an integer from our own list.
      db.pragma(`user_version = ${migration.version}`);
    })();
    current = migration.version;
  }
  return current;
}
