import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../core/api';
import { ServiceError } from '../../../main/services';
import { rows, testApp, type TestApp } from './app-fixture';

const UDHR = join(import.meta.dirname, '../../../corpus/parallel/udhr');

let t: TestApp;
let documentId: number;
beforeEach(async () => {
  t = testApp();
  const { id: projectId } = t.call('project.create', {
    name: 'UDHR',
    sourceLang: 'ru',
    targetLang: 'en',
  });
  documentId = (
    await t.callAsync('document.import', {
      projectId,
      source: { name: 'udhr.ru.txt', content: readFileSync(join(UDHR, 'source.ru.txt'), 'utf8') },
      target: { name: 'udhr.en.txt', content: readFileSync(join(UDHR, 'target.en.txt'), 'utf8') },
      split: 'lines',
    })
  ).documentId;
});
afterEach(() => t.close());

describe('segment.list', () => {
  it('pages in document order with a stable total', () => {
    const all = rows(t, documentId);
    const page = t.call('segment.list', { documentId, offset: 10, limit: 5 });
    expect(page.total).toBe(all.length);
    expect(page.items).toEqual(all.slice(10, 15));
    expect(t.call('segment.list', { documentId, offset: all.length, limit: 5 }).items).toEqual([]);
  });

  it('filters by status, text (case-insensitive, Cyrillic too, correction included), flag and kind', () => {
    const all = rows(t, documentId);
    const a = all[3]?.id ?? 0;
    const b = all[7]?.id ?? 0;
    t.call('segment.setStatus', { segmentId: a, status: 'approved' });
    t.call('segment.saveCorrection', { segmentId: b, text: 'A Quokka in the correction' });
    expect(
      t
        .call('segment.list', { documentId, offset: 0, limit: 50, filter: { status: 'approved' } })
        .items.map((r) => r.id),
    ).toEqual([a]);
    expect(
      t
        .call('segment.list', { documentId, offset: 0, limit: 50, filter: { text: 'quokka' } })
        .items.map((r) => r.id),
    ).toEqual([b]);
    const cyr = t.call('segment.list', {
      documentId,
      offset: 0,
      limit: 50,
      filter: { text: 'ВСЕОБЩАЯ ДЕКЛАРАЦИЯ' },
    });
    expect(cyr.total).toBeGreaterThan(0);
    expect(cyr.items.every((r) => r.source.toLowerCase().includes('всеобщая декларация'))).toBe(
      true,
    );
    const filtered = t.call('segment.list', {
      documentId,
      offset: 0,
      limit: 50,
      filter: { text: 'article', status: 'new' },
    });
    expect(
      filtered.items.every(
        (r) => r.status === 'new' && /article/i.test(r.source + r.mt + (r.correction ?? '')),
      ),
    ).toBe(true);
    // Orders of filtered rows are their positions in the whole document.
    expect(filtered.items.map((r) => all[r.order]?.id)).toEqual(filtered.items.map((r) => r.id));
    const low = t.call('segment.list', {
      documentId,
      offset: 0,
      limit: 200,
      filter: { flag: 'low-confidence' },
    });
    expect(low.items.every((r) => r.confidence < 0.5 && r.flags.includes('low-confidence'))).toBe(
      true,
    );
    const headings = t.call('segment.list', {
      documentId,
      offset: 0,
      limit: 200,
      filter: { kind: 'body' },
    });
    expect(headings.items.every((r) => r.kind === 'body')).toBe(true);
  });

  it('flags a number the correction lost (QA), and filters on it', () => {
    const all = rows(t, documentId);
    const withNumber = all.find(
      (r) => /\d/.test(r.source) && /\d/.test(r.mt) && !r.flags.includes('numbers'),
    );
    if (!withNumber) throw new Error('fixture has no row with numbers');
    t.call('segment.saveCorrection', {
      segmentId: withNumber.id,
      text: withNumber.mt.replace(/\d+/g, ''),
    });
    const found = t.call('segment.list', {
      documentId,
      offset: 0,
      limit: 200,
      filter: { flag: 'numbers' },
    });
    expect(found.items.map((r) => r.id)).toContain(withNumber.id);
    expect(found.items.every((r) => r.flags.includes('numbers'))).toBe(true);
  });

  it('not_found for an unknown document', () => {
    expect(() => t.call('segment.list', { documentId: 999, offset: 0, limit: 5 })).toThrow(
      ServiceError,
    );
  });
});

describe('document.export', () => {
  it('writes the corrected translation as txt, and every format produces content', () => {
    const body = rows(t, documentId).find((r) => r.kind === 'body');
    t.call('segment.saveCorrection', {
      segmentId: body?.id ?? 0,
      text: 'Whereas RECOGNITION (corrected).',
    });
    const txt = t.call('document.export', { documentId, format: 'txt' });
    if (!('content' in txt)) throw new Error('txt should be text');
    expect(txt.name).toMatch(/\.txt$/);
    expect(txt.content).toContain('Whereas RECOGNITION (corrected).');
    expect(txt.content).not.toContain(body?.mt);
    const withChrome = t.call('document.export', {
      documentId,
      format: 'txt',
      includeChrome: true,
    });
    expect('content' in withChrome && withChrome.content).toContain(
      'Universal Declaration of Human Rights',
    );
    for (const format of EXPORT_FORMATS) {
      const out = t.call('document.export', { documentId, format });
      expect('content' in out && out.content.length > 0, format).toBe(true);
    }
  });
});
