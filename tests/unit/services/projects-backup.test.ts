import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupTo, listBackups, openDatabase, restoreDatabase } from '../../../main/db';
import { openApp, resolveDataDir, ServiceError } from '../../../main/services';
import { importMtOnly, rows, testApp, type TestApp } from './app-fixture';

let t: TestApp;
beforeEach(() => {
  t = testApp();
});
afterEach(() => t.close());

describe('projects and documents', () => {
  it('lists, gets and deletes, cascading to rows and revisions', async () => {
    const { projectId, documentId } = await importMtOnly(t, 3);
    t.call('segment.saveCorrection', { segmentId: rows(t, documentId)[0]?.id ?? 0, text: 'x' });
    expect(t.call('project.list', {}).items).toMatchObject([
      { id: projectId, name: 'P', documents: 1 },
    ]);
    expect(t.call('document.list', { projectId }).items).toMatchObject([
      { id: documentId, segments: 3, approved: 0 },
    ]);
    t.call('document.delete', { documentId });
    expect(() => t.call('document.get', { documentId })).toThrow(ServiceError);
    expect(() => t.call('document.delete', { documentId })).toThrow(/does not exist/);
    t.call('project.delete', { id: projectId });
    expect(t.call('project.list', {}).items).toEqual([]);
  });
});

describe('backups', () => {
  it('takes a rotating online backup when the app opens', async () => {
    const dataDir = join(t.dir, 'auto');
    const app = openApp({ dataDir, mode: 'browser', version: 'test' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    app.close();
    const backups = listBackups(join(dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    // A second open within minutes does not pile up another copy.
    openApp({ dataDir, mode: 'browser', version: 'test' }).close();
    expect(listBackups(join(dataDir, 'backups'))).toHaveLength(1);
    expect(readdirSync(join(dataDir, 'backups')).some((f) => f.endsWith('.partial'))).toBe(false);
  });

  it('backs up and restores: the restored file has the corrections of the backup, the replaced one is kept', async () => {
    const { documentId } = await importMtOnly(t, 3);
    const id = rows(t, documentId)[0]?.id ?? 0;
    t.call('segment.saveCorrection', { segmentId: id, text: 'before backup' });
    const dbFile = join(t.dir, 'sverka.db');
    const backup = join(t.dir, 'manual.db');
    const db = openDatabase(dbFile);
    await backupTo(db, backup);
    db.close();
    t.call('segment.saveCorrection', { segmentId: id, text: 'after backup' });
    t.app.close();
    const kept = restoreDatabase(dbFile, backup, join(t.dir, 'backups'));
    expect(kept && existsSync(kept)).toBe(true);
    t.reopen();
    expect(rows(t, documentId)[0]?.correction).toBe('before backup');
  });

  it('refuses to restore from a file that is not a Sverka database, and changes nothing', async () => {
    await importMtOnly(t, 2);
    t.app.close();
    const dbFile = join(t.dir, 'sverka.db');
    expect(() =>
      restoreDatabase(
        dbFile,
        join(import.meta.dirname, 'validate.test.ts'),
        join(t.dir, 'backups'),
      ),
    ).toThrow(/not an SQLite database/);
    t.reopen();
    expect(t.call('project.list', {}).items).toHaveLength(1);
  });
});

describe('resolveDataDir', () => {
  it('prefers the flag, then SVERKA_DATA_DIR, then the OS app-data folder', () => {
    expect(resolveDataDir('/tmp/x', {})).toBe('/tmp/x');
    expect(resolveDataDir(undefined, { SVERKA_DATA_DIR: '/tmp/y' })).toBe('/tmp/y');
    expect(resolveDataDir(undefined, { HOME: '/home/u' }, 'linux')).toMatch(/\.config\/sverka$/);
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe('/xdg/sverka');
    expect(resolveDataDir(undefined, {}, 'darwin')).toMatch(
      /Library\/Application Support\/Sverka$/,
    );
    expect(
      resolveDataDir(undefined, { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32'),
    ).toMatch(/Sverka$/);
  });
});
