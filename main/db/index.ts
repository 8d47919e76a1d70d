export { openDatabase, preflight, type OpenOptions } from './open';
export { DatabaseRefusedError } from './errors';
export {
  MIGRATIONS,
  LATEST_VERSION,
  APPLICATION_ID,
  migrate,
  schemaVersion,
  type Migration,
} from './migrations';
export { backupTo, listBackups, rotateBackup, restoreDatabase, KEEP_BACKUPS } from './backup';
export { createRepos, type Repos } from './repos';
