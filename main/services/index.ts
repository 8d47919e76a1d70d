import { mkdirSync } from 'node:fs';
import type { AppMode, Handlers, Req } from '../../core/api';
import { createRepos, listBackups, openDatabase, rotateBackup } from '../db';
import type { ProgressEvent } from './context';
import { backupDir, databasePath } from './data-dir';
import { exportChunks } from './export-document';
import { createHandlers } from './handlers';
import { markOpen } from './open-marks';

export type { ProgressEvent } from './context';
export { ServiceError } from './errors';
export { resolveDataDir, databasePath, backupDir } from './data-dir';
export { openElsewhere } from './open-marks';

export type SverkaApp = {
  handlers: Handlers;
  /** `document.export` as chunks to stream to a file (same validation and errors as the handler). */
  exportChunks(req: Req<'document.export'>): { name: string; chunks: Iterable<string> };
  onProgress(listener: (e: ProgressEvent) => void): () => void;
  close(): void;
};

export type OpenAppOptions = {
  dataDir: string;
  mode: AppMode;
  version: string;
  /** Automatic backup on open (default true); skipped when the newest backup is younger than this. */
  backup?: boolean;
};

const BACKUP_MIN_AGE_MS = 10 * 60 * 1000;
const CHECKPOINT_EVERY_MS = 1000;
const BACKUPS_KEPT = 10;

/**
 * Opens the data directory's database (refusing a newer or corrupt one with DatabaseRefusedError),
 * starts the rotating online backup, and returns the handler map that every transport binds.
 */
export function openApp(options: OpenAppOptions): SverkaApp {
  // Private to the user: it holds their corrections and, in browser mode, the server token.
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const db = openDatabase(databasePath(options.dataDir));
  const unmark = markOpen(options.dataDir);
  const repos = createRepos(db);
  // Checkpoint the WAL on a timer instead of inside whichever commit crosses the threshold, so a save
  // never pays for folding the WAL back into the database (its p99 stays at one fsync).
  db.pragma('wal_autocheckpoint = 0');
  const checkpoints = setInterval(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy or closing: the next tick (or close, which checkpoints) catches up.
    }
  }, CHECKPOINT_EVERY_MS);
  checkpoints.unref();
  const listeners = new Set<(e: ProgressEvent) => void>();
  const emit = (event: ProgressEvent) => {
    for (const listener of listeners) listener(event);
  };
  let pendingBackup: Promise<unknown> | null = null;
  if (options.backup !== false && backupDue(backupDir(options.dataDir))) {
    // A failed backup must not stop the app; the next open tries again.
    pendingBackup = rotateBackup(db, backupDir(options.dataDir), BACKUPS_KEPT).catch(
      () => undefined,
    );
    void pendingBackup.then(() => {
      pendingBackup = null;
    });
  }
  let closed = false;
  return {
    handlers: createHandlers({ repos, emit }, { version: options.version, mode: options.mode }),
    exportChunks: (req) => exportChunks({ repos, emit }, req),
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      clearInterval(checkpoints);
      unmark();
      listeners.clear();
      if (pendingBackup) void pendingBackup.finally(() => db.close());
      else db.close();
    },
  };
}

function backupDue(dir: string): boolean {
  const newest = listBackups(dir)[0];
  if (!newest) return true;
  const match = /sverka-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z\.db$/.exec(newest);
  if (!match) return true;
  const time = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Date.now() - time > BACKUP_MIN_AGE_MS;
}
