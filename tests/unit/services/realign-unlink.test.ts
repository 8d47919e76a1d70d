import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectIntactAlignment, importPair, rows, testApp, type TestApp } from './app-fixture';

const SOURCE = [
  'Статья 1. Все люди рождаются свободными и равными в своем достоинстве и правах.',
  'Статья 2. Каждый человек должен обладать всеми правами и всеми свободами.',
  'Статья 3. Каждый человек имеет право на жизнь, на свободу и на личную неприкосновенность.',
  'Статья 4. Никто не должен содержаться в рабстве или в подневольном состоянии.',
  'Статья 5. Никто не должен подвергаться пыткам.',
].join('\n');
const TARGET = [
  'Article 1. All human beings are born free and equal in dignity and rights.',
  'Article 2. Everyone is entitled to all the rights and freedoms.',
  'Article 3. Everyone has the right to life, liberty and security of person.',
  'Article 4. No one shall be held in slavery or servitude.',
  'Article 5. No one shall be subjected to torture.',
].join('\n');

let t: TestApp;
let documentId: number;
beforeEach(async () => {
  t = testApp();
  documentId = await importPair(
    t,
    { name: 's.txt', content: SOURCE },
    { name: 't.txt', content: TARGET },
    'lines',
  );
});
afterEach(() => t.close());

describe('unlink and re-align', () => {
  it('imports as five 1:1 rows', () => {
    expect(rows(t, documentId).map((r) => [r.sourceIndices, r.targetIndices])).toEqual(
      [0, 1, 2, 3, 4].map((i) => [[i], [i]]),
    );
  });

  it('unlink makes a 1:0 and a 0:1 row; the correction stays with the target side; undo relinks', () => {
    const row = rows(t, documentId)[2];
    if (!row) throw new Error('no row');
    t.call('segment.saveCorrection', { segmentId: row.id, text: 'Article 3, corrected.' });
    expect(t.call('alignment.unlink', { segmentId: row.id })).toEqual({ firstOrder: 2, total: 6 });
    const [, , dropped, added] = rows(t, documentId);
    expect(dropped).toMatchObject({
      sourceIndices: [2],
      targetIndices: [],
      flags: ['dropped'],
      correction: null,
    });
    expect(added).toMatchObject({
      id: row.id,
      sourceIndices: [],
      targetIndices: [2],
      correction: 'Article 3, corrected.',
    });
    expect(added?.flags).toContain('added');
    expectIntactAlignment(t, documentId);
    expect(() => t.call('alignment.unlink', { segmentId: row.id })).toThrow(/only one side/);
    t.call('edit.undo', { documentId });
    expect(rows(t, documentId)[2]).toMatchObject({
      id: row.id,
      sourceIndices: [2],
      targetIndices: [2],
      correction: 'Article 3, corrected.',
    });
    expectIntactAlignment(t, documentId);
  });

  it('re-align restores 1:1 rows around edited ones and never moves a corrected or pinned row', () => {
    const before = rows(t, documentId);
    const r0 = before[0]?.id ?? 0;
    const r3 = before[3]?.id ?? 0;
    // Break the middle by hand, then mark one row as corrected and pin another.
    t.call('alignment.unlink', { segmentId: before[1]?.id ?? 0 });
    t.call('segment.saveCorrection', { segmentId: r3, text: 'Article 4 (fixed).' });
    t.call('alignment.pin', { segmentId: r0, pinned: true });
    // The unlinked rows are manual, hence fixed; re-align leaves them, and keeps the corrected row's id.
    const result = t.call('alignment.realign', { documentId });
    expect(result.total).toBe(6);
    const after = rows(t, documentId);
    expect(after.find((r) => r.id === r3)).toMatchObject({
      sourceIndices: [3],
      targetIndices: [3],
      correction: 'Article 4 (fixed).',
    });
    expect(after.find((r) => r.id === r0)).toMatchObject({
      pinned: true,
      sourceIndices: [0],
      targetIndices: [0],
    });
    expectIntactAlignment(t, documentId);
    t.call('edit.undo', { documentId });
    expectIntactAlignment(t, documentId);
  });

  it('unlinking a 2:2 row gives one row per paragraph; the correction goes with the first target row, flagged', () => {
    const a = rows(t, documentId)[0]?.id ?? 0;
    t.call('alignment.merge', { segmentId: a });
    t.call('segment.saveCorrection', { segmentId: a, text: 'Articles 1 and 2, corrected.' });
    t.call('alignment.unlink', { segmentId: a });
    const shape = rows(t, documentId)
      .slice(0, 4)
      .map((r) => [r.sourceIndices, r.targetIndices, r.correction, r.flags.includes('split')]);
    expect(shape).toEqual([
      [[0], [], null, false],
      [[1], [], null, false],
      [[], [0], 'Articles 1 and 2, corrected.', true],
      [[], [1], null, false],
    ]);
    expectIntactAlignment(t, documentId);
  });

  it('re-align repairs rows a reviewer unpinned, keeping the ids of rows it leaves alone', () => {
    const before = rows(t, documentId);
    const r1 = before[1]?.id ?? 0;
    t.call('alignment.moveBoundary', { segmentId: r1, side: 'target', delta: 1 });
    const broken = rows(t, documentId);
    expect(broken[1]).toMatchObject({ sourceIndices: [1], targetIndices: [1, 2], pinned: true });
    expect(broken[2]).toMatchObject({ sourceIndices: [2], targetIndices: [], pinned: true });
    // Hand-made rows are pinned, so re-align leaves them until the reviewer unpins them.
    t.call('alignment.realign', { documentId });
    expect(rows(t, documentId)[1]?.targetIndices).toEqual([1, 2]);
    t.call('alignment.pin', { segmentId: broken[1]?.id ?? 0, pinned: false });
    t.call('alignment.pin', { segmentId: broken[2]?.id ?? 0, pinned: false });
    t.call('alignment.realign', { documentId });
    const after = rows(t, documentId);
    expect(after.map((r) => [r.sourceIndices, r.targetIndices])).toEqual(
      [0, 1, 2, 3, 4].map((i) => [[i], [i]]),
    );
    expect([after[0]?.id, after[3]?.id, after[4]?.id]).toEqual([
      before[0]?.id,
      before[3]?.id,
      before[4]?.id,
    ]);
    expectIntactAlignment(t, documentId);
    t.call('edit.undo', { documentId });
    expect(rows(t, documentId)[1]?.targetIndices).toEqual([1, 2]);
    expectIntactAlignment(t, documentId);
  });
});
