import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import { preflight } from './open';

const PREFIX = 'sverka-';
export const KEEP_BACKUPS = 5;

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the open database to `file` with SQLite's online backup (consistent while the app keeps
 * writing). Written to a temporary name and renamed, so a crash never leaves a half backup under the name.
 */
export async function backupTo(db: Database.Database, file: string): Promise<string> {
  mkdirSync(dirname(file), { recursive: true });
  // Unique, so two backups started in the same millisecond never share a temporary file.
  const tmp = `${file}.${randomUUID().slice(0, 8)}.partial`;
  await db.backup(tmp);
  fsyncFile(tmp);
  renameSync(tmp, file);
  return file;
}

/** Backups in `dir`, newest first. */
export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.db'))
    .sort()
    .reverse()
    .map((name) => join(dir, name));
}

/** Takes a timestamped backup into `dir` and keeps the newest `keep` of them. */
export async function rotateBackup(
  db: Database.Database,
  dir: string,
  keep = KEEP_BACKUPS,
): Promise<string> {
  const file = await backupTo(db, join(dir, `${PREFIX}${stamp()}.db`));
  for (const old of listBackups(dir).slice(keep)) rmSync(old, { force: true });
  return file;
}

/**
 * Replaces the database at `dbFile` (which must not be open anywhere) with the backup `from`, after
 * checking that `from` is a readable Sverka database this version can open. The replaced database is
 * kept next to the backups as `pre-restore-<time>.db`. Returns that path (or null if there was none).
 */
export function restoreDatabase(dbFile: string, from: string, backupDir: string): string | null {
  preflight(from, MIGRATIONS.length);
  let kept: string | null = null;
  if (existsSync(dbFile)) {
    mkdirSync(backupDir, { recursive: true });
    kept = join(backupDir, `pre-restore-${stamp()}.db`);
    copyFileSync(dbFile, kept);
    // The WAL may hold committed pages not yet in the main file: keep it with the copy.
    if (existsSync(`${dbFile}-wal`)) copyFileSync(`${dbFile}-wal`, `${kept}-wal`);
  }
  const tmp = join(dirname(dbFile), `.${basename(dbFile)}.restoring`);
  copyFileSync(from, tmp);
  fsyncFile(tmp);
  rmSync(`${dbFile}-wal`, { force: true });
  rmSync(`${dbFile}-shm`, { force: true });
  renameSync(tmp, dbFile);
  return kept;
}
