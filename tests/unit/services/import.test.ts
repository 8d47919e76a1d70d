import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../core/model';
import { createRepos, openDatabase } from '../../../main/db';
import { ServiceError } from '../../../main/services';
import { buildExportDocument } from '../../../main/services/export-document';
import { expectIntactAlignment, rows, testApp, type TestApp } from './app-fixture';

const UDHR = join(import.meta.dirname, '../../../corpus/parallel/udhr');
const udhr = (file: string) => readFileSync(join(UDHR, file), 'utf8');

let t: TestApp;
let projectId: number;
beforeEach(() => {
  t = testApp();
  projectId = t.call('project.create', { name: 'UDHR', sourceLang: 'ru', targetLang: 'en' }).id;
});
afterEach(() => t.close());

describe('document.import', () => {
  it('imports a real ru/en pair: read, segment, align, store — rows tile both sides', async () => {
    const events: string[] = [];
    const off = t.app.onProgress((e) => events.push(`${e.task}:${e.phase}`));
    const result = await t.callAsync('document.import', {
      projectId,
      source: { name: 'udhr.ru.txt', content: udhr('source.ru.txt') },
      target: { name: 'udhr.en.txt', content: udhr('target.en.txt') },
      split: 'lines',
    });
    off();
    expect(result.segments).toBeGreaterThan(80);
    expect(events).toEqual(
      expect.arrayContaining([
        'document.import:segment',
        'document.import:align',
        'document.import:store',
        'document.import:done',
      ]),
    );
    expectIntactAlignment(t, result.documentId);
    const [first] = rows(t, result.documentId);
    expect(first).toMatchObject({
      source: 'Всеобщая декларация прав человека',
      mt: 'Universal Declaration of Human Rights',
      status: 'new',
      correction: null,
    });
    expect(t.call('document.get', { documentId: result.documentId })).toMatchObject({
      name: 'udhr.en.txt',
      sourceName: 'udhr.ru.txt',
      segments: result.segments,
      sourceLang: 'ru',
      targetLang: 'en',
    });
  });

  it('an MT-only document becomes one 0:1 row per paragraph, not flagged "added"', async () => {
    const seed = readFileSync(
      join(import.meta.dirname, '../../../corpus/seed/izvestia-2025-04.mt.en.txt'),
    );
    const { documentId, segments } = await t.callAsync('document.import', {
      projectId,
      source: null,
      target: { name: 'izvestia.txt', content: { base64: seed.toString('base64') } },
    });
    const all = rows(t, documentId);
    expect(all).toHaveLength(segments);
    expect(
      all.every(
        (r) => r.source === '' && r.sourceIndices.length === 0 && r.targetIndices.length === 1,
      ),
    ).toBe(true);
    expect(all.some((r) => r.flags.includes('added'))).toBe(false);
    // The untranslated Russian chrome at the bottom of the page is flagged.
    expect(all.some((r) => r.mt.includes('Яндекс') && r.flags.includes('untranslated'))).toBe(true);
    expect(
      t.call('segment.list', { documentId, offset: 0, limit: 10, filter: { flag: 'added' } }).total,
    ).toBe(0);
  });

  it('decodes base64 bytes in a legacy encoding and keeps the original bytes and their hash', async () => {
    const text = 'Всеобщая декларация прав человека\n\nСтатья 1';
    const bytes = iconv.encode(text, 'windows-1251');
    const { documentId } = await t.callAsync('document.import', {
      projectId,
      source: null,
      target: { name: 'cp1251.txt', content: { base64: bytes.toString('base64') } },
    });
    expect(rows(t, documentId).map((r) => r.mt)).toEqual([
      'Всеобщая декларация прав человека',
      'Статья 1',
    ]);
    t.app.close();
    const db = new Database(join(t.dir, 'sverka.db'), { readonly: true });
    const file = db
      .prepare(
        "SELECT bytes, sha256, encoding, format FROM document_files WHERE document_id = ? AND side = 'target'",
      )
      .get(documentId) as {
      bytes: Buffer;
      sha256: string;
      encoding: string;
      format: string;
    };
    db.close();
    t.reopen();
    expect(Buffer.compare(file.bytes, bytes)).toBe(0);
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(file.encoding.toLowerCase()).toMatch(/1251/);
    expect(file.format).toBe('txt');
  });

  it('stores nothing when a file cannot be read, and names the file', async () => {
    const before = t.call('project.list', {}).items[0]?.documents;
    await expect(
      t.callAsync('document.import', {
        projectId,
        source: { name: 'src.txt', content: 'Текст.' },
        target: {
          name: 'broken.bin',
          content: { base64: Buffer.from([0, 1, 2, 0, 0, 0, 255, 0]).toString('base64') },
        },
      }),
    ).rejects.toThrow(InputError);
    expect(t.call('project.list', {}).items[0]?.documents).toBe(before);
    await expect(
      t.callAsync('document.import', {
        projectId,
        source: null,
        target: { name: 'empty.txt', content: '  \n\n ' },
      }),
    ).rejects.toThrow(/empty\.txt/);
  });

  it('refuses an unknown project with not_found', async () => {
    await expect(
      t.callAsync('document.import', {
        projectId: 4242,
        source: null,
        target: { name: 'a.txt', content: 'x' },
      }),
    ).rejects.toThrow(ServiceError);
  });

  it('stores the decoded text only when it is not the UTF-8 reading of the bytes, and re-export gets it back', async () => {
    const html = '<html><body><h1>Заголовок</h1><p>Text of the page.</p></body></html>';
    const { documentId: utf8Doc } = await t.callAsync('document.import', {
      projectId,
      source: null,
      target: { name: 'page.html', content: html },
    });
    const legacy = iconv.encode('Первый абзац.\n\nВторой абзац.', 'windows-1251');
    const { documentId: legacyDoc } = await t.callAsync('document.import', {
      projectId,
      source: null,
      target: { name: 'old.txt', content: { base64: legacy.toString('base64') } },
    });
    t.app.close();
    const db = new Database(join(t.dir, 'sverka.db'), { readonly: true });
    const text = (id: number) =>
      (
        db
          .prepare("SELECT text FROM document_files WHERE document_id = ? AND side = 'target'")
          .get(id) as { text: string | null }
      ).text;
    expect(text(utf8Doc)).toBeNull();
    expect(text(legacyDoc)).toBe('Первый абзац.\n\nВторой абзац.');
    db.close();
    t.reopen();
    const repos = createRepos(openDatabase(join(t.dir, 'sverka.db')));
    expect(buildExportDocument(repos, utf8Doc)).toMatchObject({
      targetOriginal: html,
      targetFormat: 'html',
    });
    repos.db.close();
  });

  it('lets the event loop run between phases, so progress reaches listeners while importing', async () => {
    const seen: string[] = [];
    t.app.onProgress((e) => seen.push(e.phase));
    const pending = t.callAsync('document.import', {
      projectId,
      source: { name: 'udhr.ru.txt', content: udhr('source.ru.txt') },
      target: { name: 'udhr.en.txt', content: udhr('target.en.txt') },
      split: 'lines',
    });
    await new Promise((resolve) => setImmediate(resolve));
    const early = [...seen];
    await pending;
    expect(early.length).toBeGreaterThan(0);
    expect(early).not.toContain('done');
    expect(seen.at(-1)).toBe('done');
  });
});
