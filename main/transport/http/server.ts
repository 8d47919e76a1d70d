import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../../core/api';
import type { SverkaApp } from '../../services';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { createDispatcher } from '../dispatch';
import { BodyTooLargeError, readBody } from './body';
import { checkHostAndOrigin, checkToken } from './guard';
import { loadStaticFile } from './static-files';

export type HttpServerOptions = {
  app: SverkaApp;
  /** Folder of the built renderer (out/renderer); without it only the API is served. */
  staticDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  token?: string;
  /** Largest accepted request body; imports send whole documents, so the default is generous. */
  maxBodyBytes?: number;
  log?: (line: string) => void;
};

export type RunningServer = { url: string; port: number; token: string; close(): Promise<void> };

export const DEFAULT_MAX_BODY_BYTES = 96 * 1024 * 1024;
const HOST = '127.0.0.1';

/**
 * Browser mode and automation: the contract over `POST /rpc/<method>` on loopback only, guarded by a
 * per-start token, an exact Host check and a same-origin check; progress as server-sent events.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? (() => undefined);
  const dispatch = createDispatcher(options.app.handlers, log);
  let origin = '';
  const streams = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`http: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, fail('internal', 'internal error'));
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const guard = checkHostAndOrigin(request.headers, origin);
    if (guard) return sendJson(response, guard.status, fail(guard.code, guard.message));
    const path = (request.url ?? '/').split('?')[0] ?? '/';

    if (path.startsWith('/rpc/') || path === '/events') {
      const auth = checkToken(request.headers, token);
      if (auth) return sendJson(response, auth.status, fail(auth.code, auth.message));
      if (path === '/events') return openEventStream(request, response);
      if (request.method !== 'POST') {
        return sendJson(response, 405, fail('bad_request', 'use POST for /rpc/<method>'));
      }
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(response, 415, fail('bad_request', 'the body must be application/json'));
      }
      let raw: Buffer;
      try {
        raw = await readBody(request, limit);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          response.setHeader('Connection', 'close');
          return sendJson(response, 413, fail('too_large', error.message));
        }
        throw error;
      }
      let body: unknown;
      try {
        body = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
      } catch {
        return sendJson(response, 400, fail('bad_request', 'the body is not valid JSON'));
      }
      const result = await dispatch(decodeURIComponent(path.slice('/rpc/'.length)), body);
      return sendJson(response, result.ok ? 200 : statusFor(result.error.code), result);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, fail('bad_request', 'method not allowed'));
    }
    const file = options.staticDir ? await loadStaticFile(options.staticDir, path) : null;
    if (!file) return sendJson(response, 404, fail('not_found', `no such page ${path}`));
    response.writeHead(200, {
      'Content-Type': file.type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  function openEventStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    request.on('close', () => streams.delete(response));
  }

  const unsubscribe = options.app.onProgress((event) => {
    const frame = `event: progress\ndata: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${HOST}:${port}`;

  return {
    url: origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function fail(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } } as Result<never>;
}

function statusFor(code: string): number {
  switch (code) {
    case 'bad_request':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'too_large':
      return 413;
    case 'unsupported':
      return 501;
    default:
      return 500;
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(text);
}
