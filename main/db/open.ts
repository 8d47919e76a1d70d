import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { DatabaseRefusedError } from './errors';
import { APPLICATION_ID, MIGRATIONS, migrate, type Migration } from './migrations';

const SQLITE_HEADER = 'SQLite format 3\0';

export type OpenOptions = {
  /** Test hook: the migration list to apply (default: all shipped migrations). */
  migrations?: readonly Migration[];
  /** Test hook: stop at this schema version. */
  target?: number;
};

/**
 * Opens (creating if needed) the Sverka database at `file`: refuses a newer, foreign or corrupt file
 * without writing to it, then sets WAL + synchronous=FULL (a committed write survives a crash and a
 * power cut) + foreign keys, and migrates.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const migrations = options.migrations ?? MIGRATIONS;
  if (existsSync(file) && statSync(file).size > 0) preflight(file, migrations.length);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations, options.target);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Read-only look at an existing file: header, application id, schema version, quick_check. Throws
 * DatabaseRefusedError when Sverka must not open it; never writes to the file.
 */
export function preflight(file: string, latest: number): void {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new DatabaseRefusedError(
      file,
      'corrupt',
      'it is not an SQLite database (damaged or wrong file)',
    );
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db
      .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'")
      .get() as {
      n: number;
    };
    if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
      throw new DatabaseRefusedError(
        file,
        'foreign',
        'it is an SQLite database of another application',
      );
    }
    if (version > latest) {
      throw new DatabaseRefusedError(
        file,
        'newer',
        `it was written by a newer version of Sverka (schema ${version}, this version reads up to ${latest}); upgrade Sverka`,
      );
    }
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') {
      throw new DatabaseRefusedError(
        file,
        'corrupt',
        `the database is damaged (${oneLine(check)}); restore a backup`,
      );
    }
  } catch (error) {
    if (error instanceof DatabaseRefusedError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new DatabaseRefusedError(
      file,
      'corrupt',
      `the database is damaged (${oneLine(message)}); restore a backup`,
    );
  } finally {
    db?.close();
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
