import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATABASE_FILE = 'sverka.db';

/**
 * Where Sverka keeps its data: the `--data-dir` flag, else `SVERKA_DATA_DIR`, else the OS app-data
 * folder (~/.config/sverka on Linux or $XDG_CONFIG_HOME/sverka, ~/Library/Application Support/Sverka on
 * macOS, %APPDATA%\Sverka on Windows). Always absolute.
 */
export function resolveDataDir(
  flag?: string,
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (flag) return resolve(flag);
  if (env.SVERKA_DATA_DIR) return resolve(env.SVERKA_DATA_DIR);
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Sverka');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Sverka');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'sverka');
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}
