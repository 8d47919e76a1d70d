import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where Sverka keeps its database: the --data-dir flag, else SVERKA_DATA_DIR, else the OS app-data
 * folder (~/.config/sverka, ~/Library/Application Support/Sverka, %APPDATA%/Sverka).
 */
export function resolveDataDir(flag?: string): string {
  if (flag) return resolve(flag);
  const fromEnv = process.env.SVERKA_DATA_DIR;
  if (fromEnv) return resolve(fromEnv);
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Sverka');
  if (process.platform === 'win32') {
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Sverka');
  }
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'sverka');
}
