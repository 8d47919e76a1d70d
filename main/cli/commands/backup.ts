import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupTo, listBackups, openDatabase, restoreDatabase } from '../../db';
import { backupDir, databasePath, openElsewhere, resolveDataDir } from '../../services';
import { UsageError, type CliCommand } from '../types';

/** A server started on this data dir (serve.json with a live pid) holds the database open. */
function runningServer(dataDir: string): number | null {
  const file = join(dataDir, 'serve.json');
  if (!existsSync(file)) return null;
  try {
    const { pid } = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown };
    if (typeof pid !== 'number') return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export const command: CliCommand = {
  name: 'backup',
  summary: 'Back up the database (SQLite online backup), list backups, or restore one.',
  usage: 'sverka backup [--out FILE] | --list | --restore FILE   [--data-dir D]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        list: { type: 'boolean' },
        restore: { type: 'string' },
        'data-dir': { type: 'string' },
      },
    });
    const dataDir = resolveDataDir(values['data-dir']);
    const dbFile = databasePath(dataDir);
    if (
      [values.out !== undefined, values.list === true, values.restore !== undefined].filter(Boolean)
        .length > 1
    ) {
      throw new UsageError('use one of --out, --list, --restore');
    }
    if (values.list) {
      for (const file of listBackups(backupDir(dataDir))) io.out(`${file}\n`);
      return 0;
    }
    if (values.restore !== undefined) {
      const pid = runningServer(dataDir) ?? openElsewhere(dataDir)[0] ?? null;
      if (pid !== null)
        throw new UsageError(
          `Sverka is running on this data dir (pid ${pid}); stop it before restoring`,
        );
      const from = resolve(values.restore);
      const kept = restoreDatabase(dbFile, from, backupDir(dataDir));
      io.out(
        `Restored ${dbFile} from ${from}.${kept ? ` The replaced database was kept as ${kept}.` : ''}\n`,
      );
      return 0;
    }
    if (!existsSync(dbFile)) throw new UsageError(`there is no database in ${dataDir} yet`);
    const db = openDatabase(dbFile);
    try {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const out = values.out ? resolve(values.out) : join(backupDir(dataDir), `sverka-${stamp}.db`);
      await backupTo(db, out);
      io.out(`${out}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
