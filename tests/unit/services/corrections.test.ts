import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNDO_DEPTH } from '../../../main/db/repos/edits';
import { ServiceError } from '../../../main/services';
import { importMtOnly, rows, testApp, type TestApp } from './app-fixture';

let t: TestApp;
let documentId: number;
let ids: number[];
beforeEach(async () => {
  t = testApp();
  documentId = (await importMtOnly(t, 5)).documentId;
  ids = rows(t, documentId).map((r) => r.id);
});
afterEach(() => t.close());

const id = (i: number) => {
  const value = ids[i];
  if (value === undefined) throw new Error(`no row ${i}`);
  return value;
};

describe('segment.saveCorrection', () => {
  it('appends numbered revisions, sets the status to edited, and survives reopening', () => {
    expect(t.call('segment.saveCorrection', { segmentId: id(1), text: 'First try.' })).toEqual({
      revision: 1,
    });
    expect(t.call('segment.saveCorrection', { segmentId: id(1), text: 'Second try.' })).toEqual({
      revision: 2,
    });
    t.reopen();
    const row = rows(t, documentId)[1];
    expect(row).toMatchObject({ correction: 'Second try.', status: 'edited', mt: 'Paragraph 1.' });
    const history = t.call('segment.history', { segmentId: id(1) }).items;
    expect(history.map((r) => [r.revision, r.text, r.origin])).toEqual([
      [1, 'First try.', 'typed'],
      [2, 'Second try.', 'typed'],
    ]);
    expect(Date.parse(history[0]?.createdAt ?? '')).not.toBeNaN();
  });

  it('saving the current text again adds no revision', () => {
    t.call('segment.saveCorrection', { segmentId: id(0), text: 'Same.' });
    expect(t.call('segment.saveCorrection', { segmentId: id(0), text: 'Same.' })).toEqual({
      revision: 1,
    });
    expect(t.call('segment.history', { segmentId: id(0) }).items).toHaveLength(1);
  });

  it('keeps an empty correction (the reviewer deleted the MT) distinct from no correction', () => {
    t.call('segment.saveCorrection', { segmentId: id(2), text: '' });
    expect(rows(t, documentId)[2]?.correction).toBe('');
    expect(rows(t, documentId)[3]?.correction).toBeNull();
  });

  it('refuses an unknown segment with not_found and stores nothing', () => {
    expect(() => t.call('segment.saveCorrection', { segmentId: 999_999, text: 'x' })).toThrow(
      ServiceError,
    );
    try {
      t.call('segment.saveCorrection', { segmentId: 999_999, text: 'x' });
    } catch (e) {
      expect((e as ServiceError).code).toBe('not_found');
    }
    expect(rows(t, documentId).every((r) => r.correction === null)).toBe(true);
  });
});

describe('edit.undo / edit.redo of corrections and statuses', () => {
  it('undo is a new revision that restores the previous text; redo re-applies it', () => {
    t.call('segment.saveCorrection', { segmentId: id(0), text: 'A' });
    t.call('segment.saveCorrection', { segmentId: id(0), text: 'B' });
    t.call('edit.undo', { documentId });
    expect(rows(t, documentId)[0]?.correction).toBe('A');
    t.call('edit.undo', { documentId });
    expect(rows(t, documentId)[0]).toMatchObject({ correction: null, status: 'new' });
    t.call('edit.redo', { documentId });
    expect(rows(t, documentId)[0]).toMatchObject({ correction: 'A', status: 'edited' });
    const origins = t
      .call('segment.history', { segmentId: id(0) })
      .items.map((r) => [r.text, r.origin]);
    expect(origins).toEqual([
      ['A', 'typed'],
      ['B', 'typed'],
      ['A', 'undo'],
      ['', 'undo'],
      ['A', 'typed'],
    ]);
  });

  it('a new edit after undo drops the redo branch', () => {
    t.call('segment.saveCorrection', { segmentId: id(0), text: 'A' });
    t.call('edit.undo', { documentId });
    t.call('segment.saveCorrection', { segmentId: id(1), text: 'other' });
    expect(() => t.call('edit.redo', { documentId })).toThrow(/nothing to redo/);
  });

  it('undoes status changes, across a restart', () => {
    t.call('segment.setStatus', { segmentId: id(3), status: 'approved' });
    t.call('segment.setStatus', { segmentId: id(3), status: 'rejected' });
    t.reopen();
    t.call('edit.undo', { documentId });
    expect(rows(t, documentId)[3]?.status).toBe('approved');
    t.call('edit.undo', { documentId });
    expect(rows(t, documentId)[3]?.status).toBe('new');
    expect(() => t.call('edit.undo', { documentId })).toThrow(/nothing to undo/);
  });

  it('keeps the journal bounded (undo depth) while every revision stays', () => {
    const db = () => new Database(join(t.dir, 'sverka.db'), { readonly: true });
    for (let i = 0; i < UNDO_DEPTH + 100; i++)
      t.call('segment.saveCorrection', { segmentId: id(i % 5), text: `v${i}` });
    const conn = db();
    const edits = (conn.prepare('SELECT count(*) AS n FROM edits').get() as { n: number }).n;
    const revisions = (conn.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number })
      .n;
    conn.close();
    expect(edits).toBeGreaterThanOrEqual(UNDO_DEPTH);
    expect(edits).toBeLessThanOrEqual(UNDO_DEPTH + 64);
    expect(revisions).toBe(UNDO_DEPTH + 100);
  });
});
