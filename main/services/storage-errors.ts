import { ServiceError } from './errors';

// SQLite failures a user can act on, told plainly: the write did not happen, and why.
const PLAIN: Record<string, { code: 'internal' | 'conflict'; message: string }> = {
  SQLITE_FULL: {
    code: 'internal',
    message: 'the disk is full: nothing was saved; free some space and try again',
  },
  SQLITE_READONLY: {
    code: 'internal',
    message: 'the database is read-only: nothing was saved; check the data folder permissions',
  },
  SQLITE_BUSY: {
    code: 'conflict',
    message:
      'the database is busy (another Sverka process is writing): nothing was saved; try again',
  },
  SQLITE_IOERR: {
    code: 'internal',
    message: 'the disk reported an input/output error: nothing was saved',
  },
  SQLITE_CORRUPT: {
    code: 'internal',
    message:
      'the database is damaged: nothing was saved; restore a backup (sverka backup --restore)',
  },
};

/** Turns an SQLite error the user can act on into a ServiceError; anything else is rethrown as is. */
export function plainStorageError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  const plain = PLAIN[code] ?? PLAIN[code.split('_').slice(0, 2).join('_')];
  return plain ? new ServiceError(plain.code, plain.message) : error;
}

/** Wraps a handler (sync or async) so storage failures reach the user as plain ServiceErrors. */
export function guarded<A, R>(fn: (req: A) => R): (req: A) => R {
  return (req) => {
    try {
      const value = fn(req);
      if (value instanceof Promise) {
        return value.catch((error: unknown) => {
          throw plainStorageError(error);
        }) as R;
      }
      return value;
    } catch (error) {
      throw plainStorageError(error);
    }
  };
}
