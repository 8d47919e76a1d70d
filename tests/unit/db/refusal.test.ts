import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseRefusedError, openDatabase } from '../../../main/db';
import { openApp } from '../../../main/services';
import { tempDir } from './temp';

let dir: { dir: string; cleanup: () => void };
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectRefused(file: string, pattern: RegExp): void {
  const before = hash(file);
  let error: unknown;
  try {
    openDatabase(file).close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DatabaseRefusedError);
  const message = (error as Error).message;
  expect(message).toMatch(pattern);
  expect(message).toContain(file);
  expect(message).not.toContain('\n');
  expect(hash(file)).toBe(before);
}

/** A real Sverka database with some rows, closed cleanly (WAL folded back into the file). */
function populated(file: string): void {
  const db = openDatabase(file);
  const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`key-${i}`, 'x'.repeat(200));
  })();
  db.close();
}

describe('refusing databases Sverka must not touch', () => {
  it('refuses a database from a newer schema version, leaving it byte-identical', () => {
    const file = join(dir.dir, 'sverka.db');
    populated(file);
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expectRefused(file, /newer version of Sverka \(schema 99, this version reads up to 1\)/);
  });

  it('refuses a corrupted database (damaged pages), leaving it byte-identical', () => {
    const file = join(dir.dir, 'sverka.db');
    populated(file);
    const bytes = readFileSync(file);
    // Overwrite the middle of the file (table b-tree pages) with a repeating junk pattern.
    for (let i = 8192; i < Math.min(bytes.length, 8192 * 8); i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(file, bytes);
    expectRefused(file, /damaged/);
  });

  it('refuses a file that is not SQLite at all, leaving it byte-identical', () => {
    const file = join(dir.dir, 'sverka.db');
    writeFileSync(file, 'These are my notes, not a database.\n');
    expectRefused(file, /not an SQLite database/);
  });

  it('refuses a truncated database', () => {
    const file = join(dir.dir, 'sverka.db');
    populated(file);
    writeFileSync(file, readFileSync(file).subarray(0, 5000));
    expectRefused(file, /damaged/);
  });

  it("refuses another application's SQLite database", () => {
    const file = join(dir.dir, 'sverka.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE contacts (name TEXT)');
    raw.close();
    expectRefused(file, /another application/);
  });

  it('openApp surfaces the refusal as one line and does not create backups of a refused file', () => {
    const file = join(dir.dir, 'sverka.db');
    populated(file);
    const raw = new Database(file);
    raw.pragma('user_version = 7');
    raw.close();
    const before = hash(file);
    expect(() => openApp({ dataDir: dir.dir, mode: 'browser', version: 'test' })).toThrow(
      /^Refusing to open .*newer.*unchanged\.$/,
    );
    expect(hash(file)).toBe(before);
  });
});
