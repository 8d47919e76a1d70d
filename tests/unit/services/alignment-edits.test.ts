import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../core/model';
import { expectIntactAlignment, importMtOnly, rows, testApp, type TestApp } from './app-fixture';

let t: TestApp;
let documentId: number;
beforeEach(async () => {
  t = testApp();
  documentId = (await importMtOnly(t, 6)).documentId;
});
afterEach(() => t.close());

const rowId = (i: number) => {
  const row = rows(t, documentId)[i];
  if (!row) throw new Error(`no row ${i}`);
  return row.id;
};

describe('alignment edits keep every correction', () => {
  it('merge concatenates corrections (MT where untouched); undo brings both rows and texts back', () => {
    const a = rowId(1);
    const b = rowId(2);
    t.call('segment.saveCorrection', { segmentId: b, text: 'Fixed two.' });
    const result = t.call('alignment.merge', { segmentId: a });
    expect(result).toEqual({ firstOrder: 1, total: 5 });
    expect(rows(t, documentId)[1]).toMatchObject({
      id: a,
      mt: 'Paragraph 1.\nParagraph 2.',
      correction: 'Paragraph 1.\nFixed two.',
      targetIndices: [1, 2],
      status: 'edited',
    });
    expectIntactAlignment(t, documentId);
    // b is retired, not deleted: its history is still there.
    expect(t.call('segment.history', { segmentId: b }).items).toHaveLength(1);
    expect(() => t.call('segment.saveCorrection', { segmentId: b, text: 'x' })).toThrow(
      /merged or split away/,
    );

    t.call('edit.undo', { documentId });
    const back = rows(t, documentId);
    expect(back).toHaveLength(6);
    expect(back[1]).toMatchObject({ id: a, correction: null, targetIndices: [1] });
    expect(back[2]).toMatchObject({ id: b, correction: 'Fixed two.', status: 'edited' });
    expectIntactAlignment(t, documentId);

    t.call('edit.redo', { documentId });
    expect(rows(t, documentId)[1]).toMatchObject({ id: a, correction: 'Paragraph 1.\nFixed two.' });
    expectIntactAlignment(t, documentId);
  });

  it('split keeps the correction on the first part and flags it; undo restores the row', () => {
    const a = rowId(0);
    t.call('alignment.merge', { segmentId: a });
    t.call('segment.saveCorrection', { segmentId: a, text: 'Both, corrected.' });
    const result = t.call('alignment.split', { segmentId: a, source: 0, target: 1 });
    expect(result.total).toBe(6);
    const [first, second] = rows(t, documentId);
    expect(first).toMatchObject({
      id: a,
      correction: 'Both, corrected.',
      targetIndices: [0],
      flags: ['split'],
    });
    expect(second).toMatchObject({
      correction: null,
      targetIndices: [1],
      flags: [],
      status: 'new',
    });
    expectIntactAlignment(t, documentId);
    t.call('edit.undo', { documentId });
    expect(rows(t, documentId)[0]).toMatchObject({
      id: a,
      targetIndices: [0, 1],
      flags: [],
      correction: 'Both, corrected.',
    });
    expectIntactAlignment(t, documentId);
  });

  it('refuses a split that would leave an empty part, and stores nothing', () => {
    const a = rowId(0);
    expect(() => t.call('alignment.split', { segmentId: a, source: 0, target: 1 })).toThrow(
      InputError,
    );
    expect(() => t.call('alignment.split', { segmentId: a, source: 0, target: 3 })).toThrow(
      InputError,
    );
    expect(rows(t, documentId)).toHaveLength(6);
    expect(() => t.call('edit.undo', { documentId })).toThrow(/nothing to undo/);
  });

  it('moves a boundary and retires a row that becomes empty; refuses to empty a corrected row', () => {
    const a = rowId(2);
    const b = rowId(3);
    t.call('alignment.moveBoundary', { segmentId: a, side: 'target', delta: 1 });
    expect(rows(t, documentId)[2]).toMatchObject({ id: a, targetIndices: [2, 3] });
    expect(rows(t, documentId)).toHaveLength(5);
    expectIntactAlignment(t, documentId);
    t.call('edit.undo', { documentId });
    expect(rows(t, documentId)[3]).toMatchObject({ id: b, targetIndices: [3] });

    t.call('segment.saveCorrection', { segmentId: b, text: 'keep me' });
    expect(() =>
      t.call('alignment.moveBoundary', { segmentId: a, side: 'target', delta: 1 }),
    ).toThrow(/holds a correction/);
    expect(() =>
      t.call('alignment.moveBoundary', { segmentId: a, side: 'source', delta: 1 }),
    ).toThrow(/no source paragraph/);
    expectIntactAlignment(t, documentId);
  });

  it('merging the last row is a conflict', () => {
    expect(() => t.call('alignment.merge', { segmentId: rowId(5) })).toThrow(/last row/);
  });

  it('pins and unpins, with undo', () => {
    const a = rowId(4);
    t.call('alignment.pin', { segmentId: a, pinned: true });
    expect(rows(t, documentId)[4]?.pinned).toBe(true);
    t.call('edit.undo', { documentId });
    expect(rows(t, documentId)[4]?.pinned).toBe(false);
  });

  it('a long chain of edits undoes back to the imported alignment exactly', () => {
    const initial = rows(t, documentId);
    t.call('alignment.merge', { segmentId: rowId(0) });
    t.call('segment.saveCorrection', { segmentId: rowId(0), text: 'zero+one' });
    t.call('alignment.merge', { segmentId: rowId(0) });
    t.call('alignment.split', { segmentId: rowId(0), source: 0, target: 2 });
    t.call('alignment.moveBoundary', { segmentId: rowId(1), side: 'target', delta: 1 });
    t.call('segment.setStatus', { segmentId: rowId(2), status: 'approved' });
    for (let i = 0; i < 6; i++) {
      t.call('edit.undo', { documentId });
      expectIntactAlignment(t, documentId);
    }
    expect(rows(t, documentId)).toEqual(initial);
    for (let i = 0; i < 6; i++) t.call('edit.redo', { documentId });
    expectIntactAlignment(t, documentId);
    expect(rows(t, documentId)[0]).toMatchObject({
      correction: 'zero+one\nParagraph 2.',
      flags: ['split'],
    });
  });
});
