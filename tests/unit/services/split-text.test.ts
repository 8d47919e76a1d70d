import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nearestCut } from '../../../core/segment';
import { expectIntactAlignment, importPair, rows, testApp, type TestApp } from './app-fixture';

const SOURCE =
  '<html><body><p>Первое предложение здесь. Второе предложение там.</p><p>Третий абзац.</p></body></html>';
const TARGET =
  '<html><body><p>The first sentence is here. The second one is there.</p><p>Third paragraph.</p></body></html>';

let t: TestApp;
let documentId: number;
beforeEach(async () => {
  t = testApp();
  documentId = await importPair(
    t,
    { name: 's.html', content: SOURCE },
    { name: 't.html', content: TARGET },
  );
});
afterEach(() => t.close());

const exported = async (format: 'html' | 'txt') => {
  const out = await t.callAsync('document.export', { documentId, format });
  return 'content' in out ? out.content : Buffer.from(out.base64, 'base64').toString();
};

describe('splitting a row inside its paragraphs', () => {
  it('cuts source, MT and correction between sentences; undo joins them; redo cuts again', async () => {
    const before = rows(t, documentId);
    const row = before.find((r) => r.mt.startsWith('The first sentence'));
    if (!row) throw new Error('first row missing');
    expect(row.sourceIndices).toHaveLength(1);
    t.call('segment.saveCorrection', {
      segmentId: row.id,
      text: 'The first sentence is right here. The second one is over there.',
    });
    t.call('segment.setStatus', { segmentId: row.id, status: 'approved' });
    const beforeSplit = rows(t, documentId);

    const result = t.call('alignment.splitText', {
      segmentId: row.id,
      source: nearestCut(row.source, 0.5)!,
      target: nearestCut(row.mt, 0.5)!,
      correction: 'The first sentence is right here. '.length,
    });
    expect(result.total).toBe(before.length + 1);
    const after = rows(t, documentId);
    const k = after.findIndex((r) => r.id === row.id);
    expect(after[k]).toMatchObject({
      source: 'Первое предложение здесь.',
      mt: 'The first sentence is here.',
      correction: 'The first sentence is right here.',
      status: 'approved',
      sourceIndices: [row.sourceIndices[0]],
      targetIndices: [row.targetIndices[0]],
    });
    expect(after[k]?.flags).not.toContain('split');
    expect(after[k + 1]).toMatchObject({
      source: 'Второе предложение там.',
      mt: 'The second one is there.',
      correction: 'The second one is over there.',
      status: 'approved',
      sourceIndices: [row.sourceIndices[0]! + 1],
      targetIndices: [row.targetIndices[0]! + 1],
    });
    expectIntactAlignment(t, documentId);
    // The two halves of the cut paragraph still fill their one element on export, in order.
    expect(await exported('html')).toContain(
      '<p>The first sentence is right here. The second one is over there.</p>',
    );
    expect(await exported('txt')).toContain('Third paragraph.');

    t.call('edit.undo', { documentId });
    expect(rows(t, documentId)).toEqual(beforeSplit);
    expectIntactAlignment(t, documentId);

    t.call('edit.redo', { documentId });
    expect(rows(t, documentId)).toEqual(after);
    expectIntactAlignment(t, documentId);
  });

  it('without a correction offset the correction stays whole on the first row, flagged split', () => {
    const row = rows(t, documentId)[0]!;
    t.call('segment.saveCorrection', { segmentId: row.id, text: 'Whole correction.' });
    t.call('alignment.splitText', {
      segmentId: row.id,
      source: row.source.length,
      target: nearestCut(row.mt, 0.5)!,
    });
    const [first, second] = rows(t, documentId);
    expect(first).toMatchObject({ correction: 'Whole correction.', source: row.source });
    expect(first?.flags).toContain('split');
    expect(second).toMatchObject({ correction: null, source: '', mt: 'The second one is there.' });
    expectIntactAlignment(t, documentId);
  });

  it('refuses a cut that leaves a row empty or lies past the text, and changes nothing', () => {
    const before = rows(t, documentId);
    const row = before[0]!;
    expect(() =>
      t.call('alignment.splitText', { segmentId: row.id, source: 0, target: 0 }),
    ).toThrow(/no text/);
    expect(() =>
      t.call('alignment.splitText', {
        segmentId: row.id,
        source: row.source.length,
        target: row.mt.length,
      }),
    ).toThrow(/no text/);
    expect(() =>
      t.call('alignment.splitText', { segmentId: row.id, source: 9999, target: 1 }),
    ).toThrow(/past the end/);
    expect(rows(t, documentId)).toEqual(before);
    expectIntactAlignment(t, documentId);
  });
});
