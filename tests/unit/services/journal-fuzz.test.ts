import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectIntactAlignment, rows, testApp, type TestApp } from './app-fixture';

const UDHR = join(import.meta.dirname, '../../../corpus/parallel/udhr');

// Deterministic PRNG (mulberry32) so a failure reproduces.
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let t: TestApp;
let documentId: number;
beforeEach(async () => {
  t = testApp();
  const { id: projectId } = t.call('project.create', {
    name: 'U',
    sourceLang: 'ru',
    targetLang: 'en',
  });
  const read = (f: string) =>
    readFileSync(join(UDHR, f), 'utf8').split('\n').slice(0, 30).join('\n');
  documentId = (
    await t.callAsync('document.import', {
      projectId,
      source: { name: 's.txt', content: read('source.ru.txt') },
      target: { name: 't.txt', content: read('target.en.txt') },
      split: 'lines',
    })
  ).documentId;
});
afterEach(() => t.close());

describe('edit journal under random edits', () => {
  it('every random sequence of edits undoes back to the import and redoes forward exactly', () => {
    const random = prng(Number(process.env.FUZZ_SEED ?? 20261201));
    // Comments on a few rows: merges carry them along, and undo must carry them back.
    for (const row of rows(t, documentId).filter((_, i) => i % 3 === 1))
      t.call('comment.add', { segmentId: row.id, text: `note on ${row.id}` });
    const initial = rows(t, documentId);
    let applied = 0;
    let textSplits = 0;
    const paragraphCounts = () => {
      const { sourceCount, targetCount } = t.call('alignment.path', { documentId });
      return [sourceCount, targetCount];
    };
    const initialCounts = paragraphCounts();
    for (let step = 0; step < 80; step++) {
      const all = rows(t, documentId);
      const row = all[Math.floor(random() * all.length)];
      if (!row) continue;
      const op = Math.floor(random() * 10);
      try {
        if (op === 0) t.call('segment.saveCorrection', { segmentId: row.id, text: `fix ${step}` });
        if (op === 1) t.call('alignment.merge', { segmentId: row.id });
        if (op === 2)
          t.call('alignment.split', {
            segmentId: row.id,
            source: Math.min(1, row.sourceIndices.length),
            target: row.sourceIndices.length > 0 ? 0 : Math.min(1, row.targetIndices.length),
          });
        if (op === 3)
          t.call('alignment.moveBoundary', {
            segmentId: row.id,
            side: random() < 0.5 ? 'source' : 'target',
            delta: random() < 0.5 ? 1 : -1,
          });
        if (op === 4) t.call('alignment.unlink', { segmentId: row.id });
        if (op === 5) t.call('segment.setStatus', { segmentId: row.id, status: 'approved' });
        if (op === 6) t.call('alignment.pin', { segmentId: row.id, pinned: !row.pinned });
        if (op === 7) t.call('alignment.realign', { documentId });
        if (op === 9)
          t.call('segment.setChrome', { segmentId: row.id, chrome: row.kind !== 'chrome' });
        if (op === 8)
          t.call('alignment.splitText', {
            segmentId: row.id,
            source: Math.floor(random() * (row.source.length + 1)),
            target: Math.floor(random() * (row.mt.length + 1)),
            ...(row.correction === null
              ? {}
              : { correction: Math.floor(random() * (row.correction.length + 1)) }),
          });
        // An edit that changed nothing (status already approved) is not journaled.
        if (JSON.stringify(rows(t, documentId)) !== JSON.stringify(all)) {
          applied++;
          if (op === 8) textSplits++;
        }
      } catch (error) {
        // Refused edits (last row, empty part, corrected row emptied…) must change nothing.
        expect((error as Error).name).toMatch(/InputError|ServiceError/);
        expect(rows(t, documentId)).toEqual(all);
      }
      expectIntactAlignment(t, documentId);
    }
    expect(applied).toBeGreaterThan(30);
    // Splits inside paragraphs were exercised and really cut paragraphs.
    expect(textSplits).toBeGreaterThan(3);
    const finalCounts = paragraphCounts();
    expect(finalCounts[0]! + finalCounts[1]!).toBeGreaterThan(
      initialCounts[0]! + initialCounts[1]!,
    );
    const final = rows(t, documentId);
    for (let i = 0; i < applied; i++) t.call('edit.undo', { documentId });
    expect(rows(t, documentId)).toEqual(initial);
    expect(paragraphCounts()).toEqual(initialCounts);
    expect(() => t.call('edit.undo', { documentId })).toThrow(/nothing to undo/);
    for (let i = 0; i < applied; i++) t.call('edit.redo', { documentId });
    expect(rows(t, documentId)).toEqual(final);
    expect(paragraphCounts()).toEqual(finalCounts);
    expectIntactAlignment(t, documentId);
  });
});
