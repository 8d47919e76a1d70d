import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { Handlers, Method, Req, Res } from '../../../core/api';
import { openApp, type SverkaApp } from '../../../main/services';

export type TestApp = {
  dir: string;
  app: SverkaApp;
  /** A synchronous handler's value (throws if the handler is async: use callAsync). */
  call<M extends Method>(method: M, req: Req<M>): Res<M>;
  callAsync<M extends Method>(method: M, req: Req<M>): Promise<Res<M>>;
  reopen(): void;
  close(): void;
};

/** A real app over a real SQLite file in a fresh temp data dir (no automatic backup, for speed). */
export function testApp(): TestApp {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-svc-'));
  const open = () => openApp({ dataDir: dir, mode: 'browser', version: 'test', backup: false });
  const t: TestApp = {
    dir,
    app: open(),
    call(method, req) {
      const handler = t.app.handlers[method] as (
        r: typeof req,
      ) => ReturnType<Handlers[typeof method]>;
      const res = handler(req);
      if (res instanceof Promise) throw new Error(`${method} returned a promise; use callAsync`);
      return res as Res<typeof method>;
    },
    async callAsync(method, req) {
      const handler = t.app.handlers[method] as (
        r: typeof req,
      ) => ReturnType<Handlers[typeof method]>;
      return (await handler(req)) as Res<typeof method>;
    },
    reopen() {
      t.app.close();
      t.app = open();
    },
    close() {
      t.app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** Paragraphs "<prefix> 0" … "<prefix> n-1", blank-line separated. */
export function paragraphs(n: number, prefix = 'Paragraph'): string {
  return Array.from({ length: n }, (_, i) => `${prefix} ${i}.`).join('\n\n');
}

/** Imports an MT-only document of `n` paragraphs into a new project; returns ids. */
export async function importMtOnly(
  t: TestApp,
  n: number,
  prefix = 'Paragraph',
): Promise<{ projectId: number; documentId: number }> {
  const { id: projectId } = t.call('project.create', {
    name: 'P',
    sourceLang: 'ru',
    targetLang: 'en',
  });
  const { documentId } = await t.callAsync('document.import', {
    projectId,
    source: null,
    target: { name: 'mt.txt', content: paragraphs(n, prefix) },
  });
  return { projectId, documentId };
}

/** Imports a source and its MT (name + content each) into a new ru→en project; returns the document id. */
export async function importPair(
  t: TestApp,
  source: { name: string; content: string },
  target: { name: string; content: string },
  split?: 'auto' | 'lines' | 'blank',
): Promise<number> {
  const { id: projectId } = t.call('project.create', {
    name: 'P',
    sourceLang: 'ru',
    targetLang: 'en',
  });
  const req = { projectId, source, target, ...(split === undefined ? {} : { split }) };
  return (await t.callAsync('document.import', req)).documentId;
}

/** Live rows tile both sides in order and `order` runs 0..n-1. */
export function expectIntactAlignment(t: TestApp, documentId: number): void {
  const path = t.call('alignment.path', { documentId });
  let s = 0;
  let tt = 0;
  for (const g of path.groups) {
    expect([g.s0, g.t0]).toEqual([s, tt]);
    expect(g.s1 - g.s0 + g.t1 - g.t0).toBeGreaterThan(0);
    s = g.s1;
    tt = g.t1;
  }
  expect([s, tt]).toEqual([path.sourceCount, path.targetCount]);
  const paragraphs = new Database(join(t.dir, 'sverka.db'), { readonly: true });
  const count = (side: string) =>
    (
      paragraphs
        .prepare('SELECT count(*) AS n FROM paragraphs WHERE document_id = ? AND side = ?')
        .get(documentId, side) as { n: number }
    ).n;
  expect([s, tt]).toEqual([count('source'), count('target')]);
  paragraphs.close();
  const rows = t.call('segment.list', { documentId, offset: 0, limit: 1000 });
  expect(rows.items.map((r) => r.order)).toEqual(rows.items.map((_, i) => i));
  expect(rows.total).toBe(path.groups.length);
  // The cached correction and search text agree with the revisions and paragraphs.
  const db = new Database(join(t.dir, 'sverka.db'), { readonly: true });
  const cached = db
    .prepare(
      `SELECT s.id, s.live, s.search, s.source_text, s.mt_text, s.correction,
         (SELECT r.text FROM revisions r WHERE r.segment_id = s.id ORDER BY r.revision DESC LIMIT 1) AS latest
       FROM segments s WHERE s.document_id = ?`,
    )
    .all(documentId) as {
    id: number;
    live: number;
    search: string;
    source_text: string;
    mt_text: string;
    correction: string | null;
    latest: string | null;
  }[];
  db.close();
  const stale = cached.filter(
    (r) =>
      r.correction !== r.latest ||
      (r.live === 1 &&
        r.search !== `${r.source_text}\n${r.mt_text}\n${r.correction ?? ''}`.toLowerCase()),
  );
  expect(stale).toEqual([]);
}

export function rows(t: TestApp, documentId: number) {
  return t.call('segment.list', { documentId, offset: 0, limit: 1000 }).items;
}
