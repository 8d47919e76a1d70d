import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type Method, type Req, type Res, type Result } from '../../core/api';
import { nearestCut } from '../../core/segment';
import { openApp, type SverkaApp } from '../../main/services';
import { startHttpServer, type RunningServer } from '../../main/transport/http/server';
import { send } from './support/http-client';

// Every contract method over real HTTP on loopback, against a real SQLite file: what a browser tab
// or a script gets. Refused requests must leave the store exactly as it was.
let dataDir: string;
let app: SverkaApp;
let server: RunningServer;

async function call<M extends Method>(method: M, req: Req<M>, headers?: Record<string, string>) {
  const reply = await send(server.port, `/rpc/${method}`, {
    headers: headers ?? {
      Authorization: `Bearer ${server.token}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(req),
  });
  return { status: reply.status, result: JSON.parse(reply.body) as Result<Res<M>> };
}

async function ok<M extends Method>(method: M, req: Req<M>): Promise<Res<M>> {
  const { status, result } = await call(method, req);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  expect(status).toBe(200);
  return result.value;
}

const corpus = (path: string) => readFileSync(join('corpus', path), 'utf8');

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sverka-api-'));
  app = openApp({ dataDir, mode: 'browser', version: '1.2.3', backup: false });
  server = await startHttpServer({ app, maxBodyBytes: 2 * 1024 * 1024 });
});

afterAll(async () => {
  await server.close();
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the HTTP API, method by method', () => {
  let projectId = 0;
  let seedDoc = 0;
  let pairDoc = 0;

  it('app.info', async () => {
    expect(await ok('app.info', {})).toEqual({ name: 'Sverka', version: '1.2.3', mode: 'browser' });
  });

  it('project.create and project.list', async () => {
    projectId = (await ok('project.create', { name: 'News', sourceLang: 'ru', targetLang: 'en' }))
      .id;
    const { items } = await ok('project.list', {});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: projectId,
      name: 'News',
      sourceLang: 'ru',
      targetLang: 'en',
    });
  });

  it('document.import: an MT-only page (text) and a ru/en pair (base64 bytes)', async () => {
    const seed = await ok('document.import', {
      projectId,
      source: null,
      target: { name: 'izvestia.en.txt', content: corpus('seed/izvestia-2025-04.mt.en.txt') },
    });
    seedDoc = seed.documentId;
    expect(seed.segments).toBeGreaterThan(30);
    const pair = await ok('document.import', {
      projectId,
      source: {
        name: 'udhr.ru.txt',
        content: { base64: Buffer.from(corpus('parallel/udhr/source.ru.txt')).toString('base64') },
      },
      target: { name: 'udhr.en.txt', content: corpus('parallel/udhr/target.en.txt') },
      split: 'lines',
    });
    pairDoc = pair.documentId;
    expect(pair.segments).toBeGreaterThanOrEqual(90);
  });

  it('document.list and document.get', async () => {
    const { items } = await ok('document.list', { projectId });
    expect(items.map((d) => d.id).sort()).toEqual([seedDoc, pairDoc].sort());
    const doc = await ok('document.get', { documentId: pairDoc });
    expect(doc).toMatchObject({ id: pairDoc, projectId, sourceLang: 'ru', targetLang: 'en' });
  });

  it('segment.list pages through the rows in order, with flags', async () => {
    const first = await ok('segment.list', { documentId: seedDoc, offset: 0, limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.items.map((r) => r.order)).toEqual([0, 1, 2, 3, 4]);
    const all = await ok('segment.list', { documentId: seedDoc, offset: 0, limit: 1000 });
    expect(all.total).toBe(all.items.length);
    const cookie = all.items.find((r) => r.mt.includes('cookie'));
    expect(cookie?.kind).toBe('chrome');
    expect(cookie?.flags).toContain('untranslated');
    const filtered = await ok('segment.list', {
      documentId: seedDoc,
      offset: 0,
      limit: 50,
      filter: { text: 'Rosselkhoznadzor' },
    });
    expect(filtered.total).toBe(1);
  });

  it('segment.saveCorrection, segment.setStatus and segment.history', async () => {
    const [row] = (
      await ok('segment.list', {
        documentId: seedDoc,
        offset: 0,
        limit: 1,
        filter: { text: 'Rosselkhoznadzor' },
      })
    ).items;
    if (!row) throw new Error('row missing');
    const fixed = row.mt.replace('Rosselkhoznadzor', 'Rosselkhozbank');
    expect((await ok('segment.saveCorrection', { segmentId: row.id, text: fixed })).revision).toBe(
      1,
    );
    expect(
      (await ok('segment.saveCorrection', { segmentId: row.id, text: `${fixed} ` })).revision,
    ).toBe(2);
    await ok('segment.setStatus', { segmentId: row.id, status: 'approved' });
    const history = await ok('segment.history', { segmentId: row.id });
    expect(history.items.map((r) => r.revision)).toEqual([1, 2]);
    const again = (await ok('segment.list', { documentId: seedDoc, offset: row.order, limit: 1 }))
      .items[0];
    expect(again).toMatchObject({ id: row.id, correction: `${fixed} `, status: 'approved' });
  });

  it('comment.add, comment.list and comment.delete', async () => {
    const [row] = (await ok('segment.list', { documentId: seedDoc, offset: 3, limit: 1 })).items;
    if (!row) throw new Error('row missing');
    const added = await ok('comment.add', { segmentId: row.id, text: 'Проверить имя банка.' });
    expect((await ok('comment.list', { segmentId: row.id })).items).toEqual([added]);
    const [listed] = (await ok('segment.list', { documentId: seedDoc, offset: 3, limit: 1 })).items;
    expect(listed?.comments).toBe(1);
    await ok('comment.delete', { commentId: added.id });
    expect((await ok('comment.list', { segmentId: row.id })).items).toEqual([]);
  });

  it('segment.setChrome marks a row chrome and undo takes it back', async () => {
    const kindOf = async (order: number) =>
      (await ok('segment.list', { documentId: seedDoc, offset: order, limit: 1 })).items[0]?.kind;
    const body = (
      await ok('segment.list', {
        documentId: seedDoc,
        offset: 0,
        limit: 1,
        filter: { kind: 'body' },
      })
    ).items[0];
    if (!body) throw new Error('no body row');
    await ok('segment.setChrome', { segmentId: body.id, chrome: true });
    expect(await kindOf(body.order)).toBe('chrome');
    await ok('edit.undo', { documentId: seedDoc });
    expect(await kindOf(body.order)).toBe('body');
  });

  it('alignment.path describes every group for the minimap', async () => {
    const path = await ok('alignment.path', { documentId: pairDoc });
    expect(path.sourceCount).toBe(91);
    expect(path.targetCount).toBe(92);
    expect(path.groups.at(-1)).toMatchObject({ s1: 91, t1: 92 });
  });

  it('alignment.merge / split / moveBoundary / unlink / pin / realign, edit.undo / redo', async () => {
    const rows = async () =>
      (await ok('segment.list', { documentId: pairDoc, offset: 0, limit: 500 })).items;
    const before = await rows();
    const target = before[10];
    if (!target) throw new Error('row missing');
    await ok('segment.saveCorrection', { segmentId: target.id, text: 'Corrected article.' });

    await ok('alignment.merge', { segmentId: target.id });
    const merged = await rows();
    expect(merged).toHaveLength(before.length - 1);
    expect(merged[10]?.correction).toContain('Corrected article.');

    await ok('edit.undo', { documentId: pairDoc });
    expect(await rows()).toHaveLength(before.length);
    await ok('edit.redo', { documentId: pairDoc });
    expect(await rows()).toHaveLength(before.length - 1);

    const group = (await rows())[10];
    if (!group) throw new Error('row missing');
    await ok('alignment.split', { segmentId: group.id, source: 1, target: 1 });
    const split = await rows();
    expect(split).toHaveLength(before.length);
    expect(split[10]?.correction).toContain('Corrected article.');
    expect(split[10]?.flags).toContain('split');

    const row20 = split[20];
    if (!row20) throw new Error('row missing');
    await ok('alignment.moveBoundary', { segmentId: row20.id, side: 'target', delta: 1 });
    const moved = await rows();
    expect(moved[20]?.targetIndices.length).toBe(row20.targetIndices.length + 1);

    const row30 = moved[30];
    if (!row30) throw new Error('row missing');
    await ok('alignment.unlink', { segmentId: row30.id });
    const unlinked = await rows();
    expect(unlinked.some((r) => r.flags.includes('dropped'))).toBe(true);

    await ok('alignment.pin', { segmentId: unlinked[0]!.id, pinned: true });
    expect((await rows())[0]?.pinned).toBe(true);
    await ok('alignment.realign', { documentId: pairDoc });
    const realigned = await rows();
    expect(realigned[0]?.pinned).toBe(true);
    // Every paragraph is still in exactly one row.
    const src = realigned.flatMap((r) => r.sourceIndices).sort((a, b) => a - b);
    const tgt = realigned.flatMap((r) => r.targetIndices).sort((a, b) => a - b);
    expect(src).toEqual([...Array(91).keys()]);
    expect(tgt).toEqual([...Array(92).keys()]);

    // A row whose source and MT each hold two sentences in one paragraph, split between them.
    const twoSentences = realigned.find(
      (r) =>
        r.sourceIndices.length === 1 &&
        r.targetIndices.length === 1 &&
        nearestCut(r.source, 0.5) !== null &&
        nearestCut(r.mt, 0.5) !== null,
    );
    if (!twoSentences) throw new Error('no row with two sentences on each side');
    await ok('alignment.splitText', {
      segmentId: twoSentences.id,
      source: nearestCut(twoSentences.source, 0.5)!,
      target: nearestCut(twoSentences.mt, 0.5)!,
    });
    const cut = await rows();
    expect(cut).toHaveLength(realigned.length + 1);
    expect(cut.flatMap((r) => r.sourceIndices)).toEqual([...Array(92).keys()]);
    expect(cut.flatMap((r) => r.targetIndices)).toEqual([...Array(93).keys()]);
    await ok('edit.undo', { documentId: pairDoc });
    expect(await rows()).toEqual(realigned);
  });

  it('document.export answers every format', async () => {
    for (const format of EXPORT_FORMATS) {
      const out = await ok('document.export', { documentId: seedDoc, format });
      const text = 'content' in out ? out.content : Buffer.from(out.base64, 'base64').toString();
      expect(out.name.length, format).toBeGreaterThan(0);
      expect(text.length, format).toBeGreaterThan(0);
      if (format === 'txt') expect(text).toContain('Rosselkhozbank');
    }
  });

  it('document.delete and project.delete', async () => {
    const extra = await ok('project.create', {
      name: 'Scratch',
      sourceLang: 'de',
      targetLang: 'en',
    });
    const doc = await ok('document.import', {
      projectId: extra.id,
      source: null,
      target: { name: 'a.txt', content: 'Hallo Welt.\n\nZweiter Absatz.' },
    });
    await ok('document.delete', { documentId: doc.documentId });
    expect((await ok('document.list', { projectId: extra.id })).items).toEqual([]);
    await ok('project.delete', { id: extra.id });
    expect((await ok('project.list', {})).items.map((p) => p.id)).toEqual([projectId]);
  });
});

describe('refused requests store nothing', () => {
  const snapshot = async () => JSON.stringify(await ok('project.list', {}));

  it.each([
    ['no token', { 'Content-Type': 'application/json' }, 401],
    ['wrong token', { Authorization: 'Bearer wrong', 'Content-Type': 'application/json' }, 401],
    [
      'foreign Host',
      { Authorization: 'Bearer TOKEN', 'Content-Type': 'application/json', Host: 'evil.example' },
      403,
    ],
    [
      'foreign Origin',
      {
        Authorization: 'Bearer TOKEN',
        'Content-Type': 'application/json',
        Origin: 'https://evil.example',
      },
      403,
    ],
  ])('%s', async (_label, headers, status) => {
    const before = await snapshot();
    const real = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v.replace('TOKEN', server.token)]),
    );
    const reply = await call(
      'project.create',
      { name: 'X', sourceLang: 'ru', targetLang: 'en' },
      real,
    );
    expect(reply.status).toBe(status);
    expect(reply.result.ok).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  it('a request with a wrong field type is a bad_request naming the field', async () => {
    const before = await snapshot();
    const reply = await send(server.port, '/rpc/project.create', {
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 42, sourceLang: 'ru', targetLang: 'en' }),
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toContain('name');
    expect(await snapshot()).toBe(before);
  });

  it('an oversized import is refused before anything is stored', async () => {
    const before = await snapshot();
    const reply = await send(server.port, '/rpc/document.import', {
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        projectId: 1,
        source: null,
        target: { name: 'big.txt', content: 'x'.repeat(3 * 1024 * 1024) },
      }),
    });
    expect(reply.status).toBe(413);
    expect(await snapshot()).toBe(before);
  });

  it('a binary document is refused with one line naming the file', async () => {
    const before = await snapshot();
    const bytes = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 9, 9, 0, 0]);
    const { status, result } = await call('document.import', {
      projectId: 1,
      source: null,
      target: { name: 'program.bin', content: { base64: bytes.toString('base64') } },
    });
    expect(status).toBe(400);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain('program.bin');
      expect(result.error.message).not.toContain('\n');
    }
    expect(await snapshot()).toBe(before);
  });

  it('an unknown document is not_found', async () => {
    const { status, result } = await call('segment.list', {
      documentId: 999_999,
      offset: 0,
      limit: 10,
    });
    expect(status).toBe(404);
    expect(result.ok).toBe(false);
  });
});
