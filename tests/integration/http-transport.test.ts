import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type SverkaApp } from '../../main/services';
import { startHttpServer, type RunningServer } from '../../main/transport/http/server';
import { send as sendTo } from './support/http-client';

// Real HTTP on loopback: every guard of the browser-mode server, answered as the contract says.
let dataDir: string;
let app: SverkaApp;
let server: RunningServer;

function send(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return sendTo(server.port, path, init);
}

const auth = () => ({
  Authorization: `Bearer ${server.token}`,
  'Content-Type': 'application/json',
});
const rpc = (method: string, body: unknown, headers: Record<string, string> = auth()) =>
  send(`/rpc/${method}`, { headers, body: JSON.stringify(body) });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sverka-http-'));
  app = openApp({ dataDir, mode: 'browser', version: '9.9.9' });
  server = await startHttpServer({
    app,
    maxBodyBytes: 64 * 1024,
    staticDir: join(process.cwd(), 'out/renderer'),
  });
});

afterAll(async () => {
  await server.close();
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('HTTP transport', () => {
  it('binds loopback only and answers a contract call', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const reply = await rpc('app.info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { name: 'Sverka', version: '9.9.9', mode: 'browser' },
    });
  });

  it('refuses a missing token', async () => {
    const reply = await rpc('app.info', {}, { 'Content-Type': 'application/json' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a wrong token', async () => {
    const reply = await rpc(
      'app.info',
      {},
      { Authorization: 'Bearer nope', 'Content-Type': 'application/json' },
    );
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body).error.message).toBe('wrong token');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await rpc('app.info', {}, { ...auth(), Host: `evil.example:${server.port}` });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.code).toBe('forbidden');
  });

  it('refuses a cross-site Origin', async () => {
    const reply = await rpc('app.info', {}, { ...auth(), Origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.message).toContain('origin');
  });

  it('accepts its own Origin', async () => {
    const reply = await rpc('app.info', {}, { ...auth(), Origin: server.url });
    expect(reply.status).toBe(200);
  });

  it('refuses an oversized body', async () => {
    const reply = await send('/rpc/app.info', {
      headers: auth(),
      body: JSON.stringify({ pad: 'x'.repeat(100 * 1024) }),
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.code).toBe('too_large');
  });

  it('refuses malformed JSON', async () => {
    const reply = await send('/rpc/app.info', { headers: auth(), body: '{"oops":' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toContain('not valid JSON');
  });

  it('refuses an unknown method', async () => {
    const reply = await rpc('system.shutdown', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body).error.message).toContain('system.shutdown');
  });

  it('refuses a non-JSON content type (no simple cross-site form posts)', async () => {
    const reply = await send('/rpc/app.info', {
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(reply.status).toBe(415);
  });

  it('serves the UI with a CSP and never a file outside the app', async () => {
    const page = await send('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<div id="root">');
    const escape = await send('/../../package.json', { method: 'GET' });
    expect(escape.body).not.toContain('"name": "sverka"');
    const encoded = await send('/%2e%2e/%2e%2e/package.json', { method: 'GET' });
    expect(encoded.body).not.toContain('"name": "sverka"');
  });

  it('streams events only with the token', async () => {
    const refused = await send('/events', { method: 'GET' });
    expect(refused.status).toBe(401);
  });
});
