import type { ErrorCode } from '../../core/api';

/**
 * A request that is well-formed but cannot be served (missing row, edit that conflicts with the
 * current state). Transports send `{code, message}` as is; the message is one line for a person.
 */
export class ServiceError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
  }
}

export function notFound(what: string, id: number): ServiceError {
  return new ServiceError('not_found', `${what} ${id} does not exist`);
}
