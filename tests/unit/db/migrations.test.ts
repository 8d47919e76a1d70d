import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APPLICATION_ID,
  LATEST_VERSION,
  MIGRATIONS,
  openDatabase,
  schemaVersion,
  type Migration,
} from '../../../main/db';
import { tempDir } from './temp';

let dir: { dir: string; cleanup: () => void };
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

// Pattern for every migration that moves data: migrate to N-1, insert, migrate to N, assert.
const addSlug: Migration = {
  version: 2,
  name: 'project-slug (test only)',
  up(db) {
    db.exec('ALTER TABLE projects ADD COLUMN slug TEXT');
    db.prepare("UPDATE projects SET slug = lower(replace(name, ' ', '-'))").run();
  },
};

describe('migrations', () => {
  it('creates the latest schema, sets user_version and the application id, with WAL and foreign keys', () => {
    const db = openDatabase(join(dir.dir, 'a.db'));
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const tables = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'projects',
        'documents',
        'document_files',
        'paragraphs',
        'segments',
        'revisions',
        'comments',
        'chrome_decisions',
        'edits',
        'settings',
      ]),
    );
    db.close();
  });

  it('is idempotent: reopening a current database runs nothing', () => {
    const file = join(dir.dir, 'a.db');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('moves data in a later migration (N-1 → insert → N)', () => {
    const file = join(dir.dir, 'a.db');
    const migrations = [...MIGRATIONS, addSlug];
    const old = openDatabase(file, { migrations, target: 1 });
    expect(schemaVersion(old)).toBe(1);
    old
      .prepare(
        "INSERT INTO projects (name, source_lang, target_lang, created_at) VALUES ('Izvestia April', 'ru', 'en', 'x')",
      )
      .run();
    old.close();
    const db = openDatabase(file, { migrations });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT slug FROM projects').get()).toEqual({ slug: 'izvestia-april' });
    db.close();
  });

  it('rolls a failing migration back completely and keeps the old version', () => {
    const file = join(dir.dir, 'a.db');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    openDatabase(file).close();
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow('boom');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(1);
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a migration list with a gap', () => {
    const gap: Migration = { ...addSlug, version: 3 };
    expect(() => openDatabase(join(dir.dir, 'a.db'), { migrations: [...MIGRATIONS, gap] })).toThrow(
      /out of order/,
    );
  });

  it('enforces foreign keys: a row cannot point at a missing document', () => {
    const db = openDatabase(join(dir.dir, 'a.db'));
    expect(() =>
      db
        .prepare(
          "INSERT INTO paragraphs (document_id, side, idx, text, kind, lang) VALUES (42, 'target', 0, 'x', 'body', 'en')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
