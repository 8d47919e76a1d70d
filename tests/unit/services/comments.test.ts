import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../core/model';
import { importMtOnly, rows, testApp, type TestApp } from './app-fixture';

let t: TestApp;
let documentId: number;
beforeEach(async () => {
  t = testApp();
  documentId = (await importMtOnly(t, 4)).documentId;
});
afterEach(() => t.close());

const texts = (segmentId: number) => t.call('comment.list', { segmentId }).items.map((c) => c.text);

describe('reviewer comments', () => {
  it('are added, counted on the row, listed in order, exported, and deleted', async () => {
    const [a] = rows(t, documentId);
    const first = t.call('comment.add', {
      segmentId: a!.id,
      text: '  Ask the client about the name.  ',
    });
    expect(first).toMatchObject({ text: 'Ask the client about the name.' });
    expect(Date.parse(first.createdAt)).not.toBeNaN();
    t.call('comment.add', { segmentId: a!.id, text: 'Клиент ответил: «да».' });
    expect(texts(a!.id)).toEqual(['Ask the client about the name.', 'Клиент ответил: «да».']);
    expect(rows(t, documentId)[0]?.comments).toBe(2);
    expect(rows(t, documentId)[1]?.comments).toBe(0);

    const out = await t.callAsync('document.export', { documentId, format: 'xliff20' });
    const xml = 'content' in out ? out.content : '';
    expect(xml).toContain('<note category="comment">Клиент ответил: «да».</note>');

    t.call('comment.delete', { commentId: first.id });
    expect(texts(a!.id)).toEqual(['Клиент ответил: «да».']);
    expect(() => t.call('comment.delete', { commentId: first.id })).toThrow(/does not exist/);
  });

  it('follow a merge to the row that stays, and go back with undo', () => {
    const [a, b] = rows(t, documentId);
    t.call('comment.add', { segmentId: a!.id, text: 'on a' });
    t.call('comment.add', { segmentId: b!.id, text: 'on b' });
    t.call('alignment.merge', { segmentId: a!.id });
    expect(texts(a!.id)).toEqual(['on a', 'on b']);
    expect(rows(t, documentId)[0]?.comments).toBe(2);
    t.call('edit.undo', { documentId });
    expect(texts(a!.id)).toEqual(['on a']);
    expect(texts(b!.id)).toEqual(['on b']);
    t.call('edit.redo', { documentId });
    expect(texts(a!.id)).toEqual(['on a', 'on b']);
  });

  it('refuses empty text and rows merged away, storing nothing', () => {
    const [a, b] = rows(t, documentId);
    expect(() => t.call('comment.add', { segmentId: a!.id, text: '   ' })).toThrow(InputError);
    t.call('alignment.merge', { segmentId: a!.id });
    expect(() => t.call('comment.add', { segmentId: b!.id, text: 'late' })).toThrow(
      /merged or split away/,
    );
    expect(texts(a!.id)).toEqual([]);
  });

  it('keep their row in place when the rest is re-aligned', () => {
    const [, b] = rows(t, documentId);
    t.call('comment.add', { segmentId: b!.id, text: 'keep me' });
    t.call('alignment.realign', { documentId });
    expect(rows(t, documentId).find((r) => r.id === b!.id)?.comments).toBe(1);
  });
});
