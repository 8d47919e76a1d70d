import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export type GuardFailure = { status: number; code: 'forbidden' | 'unauthorized'; message: string };

/**
 * DNS-rebinding and cross-site defence for the loopback server: the Host header must be exactly the
 * address we bound, and a request that says where it comes from must come from our own origin.
 */
export function checkHostAndOrigin(
  headers: IncomingHttpHeaders,
  origin: string,
): GuardFailure | null {
  const expectedHost = new URL(origin).host;
  if (headers.host !== expectedHost) {
    return {
      status: 403,
      code: 'forbidden',
      message: `host "${headers.host ?? ''}" is not allowed`,
    };
  }
  const from = headers.origin;
  if (from !== undefined && from !== origin) {
    return { status: 403, code: 'forbidden', message: `origin "${from}" is not allowed` };
  }
  if (headers['sec-fetch-site'] === 'cross-site') {
    return { status: 403, code: 'forbidden', message: 'cross-site requests are not allowed' };
  }
  return null;
}

/** Every API request carries `Authorization: Bearer <token>`; compared in constant time. */
export function checkToken(headers: IncomingHttpHeaders, token: string): GuardFailure | null {
  const header = headers.authorization ?? '';
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match?.[1]) {
    return { status: 401, code: 'unauthorized', message: 'missing bearer token' };
  }
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { status: 401, code: 'unauthorized', message: 'wrong token' };
  }
  return null;
}
