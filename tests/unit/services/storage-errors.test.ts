import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../main/services';
import { guarded, plainStorageError } from '../../../main/services/storage-errors';

describe('storage failures reach the user plainly', () => {
  it('maps disk full, read-only, busy, I/O and corruption (extended codes too) to ServiceErrors', () => {
    const cases: [string, string, RegExp][] = [
      ['SQLITE_FULL', 'internal', /disk is full: nothing was saved/],
      ['SQLITE_READONLY', 'internal', /read-only/],
      ['SQLITE_BUSY', 'conflict', /busy/],
      ['SQLITE_IOERR_FSYNC', 'internal', /input\/output error/],
      ['SQLITE_CORRUPT', 'internal', /restore a backup/],
    ];
    for (const [code, expected, message] of cases) {
      const mapped = plainStorageError(new Database.SqliteError('raw', code));
      expect(mapped, code).toBeInstanceOf(ServiceError);
      expect((mapped as ServiceError).code).toBe(expected);
      expect((mapped as ServiceError).message).toMatch(message);
    }
    const other = new Database.SqliteError('constraint', 'SQLITE_CONSTRAINT_CHECK');
    expect(plainStorageError(other)).toBe(other);
  });

  it('wraps sync and async handlers alike', async () => {
    const full = () => {
      throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
    };
    expect(guarded(full)).toThrow(/disk is full/);
    await expect(guarded(async () => full())(undefined)).rejects.toThrow(/disk is full/);
    expect(guarded((x: number) => x + 1)(1)).toBe(2);
  });
});
