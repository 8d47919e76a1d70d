import { describe, expect, it } from 'vitest';
import {
  type EditableGroup,
  mergeWithNext,
  moveBoundary,
  realignUnpinned,
  setPinned,
  splitGroup,
  toEditable,
  unlink,
} from '../../../core/align';

const g = (src: number[], tgt: number[], pinned = false): EditableGroup => ({
  src,
  tgt,
  confidence: 0.5,
  pinned,
});
const shape = (gs: readonly EditableGroup[]) =>
  gs.map((x) => `${x.src.join(',')}|${x.tgt.join(',')}`);

const base = [g([0], [0]), g([1], [1, 2]), g([2], []), g([], [3]), g([3], [4])];

describe('alignment edit operations', () => {
  it('merges with the next group and pins the result', () => {
    const out = mergeWithNext(base, 1);
    expect(shape(out)).toEqual(['0|0', '1,2|1,2', '|3', '3|4']);
    expect(out[1]).toMatchObject({ confidence: 1, pinned: true });
    expect(shape(base)).toEqual(['0|0', '1|1,2', '2|', '|3', '3|4']);
    expect(() => mergeWithNext(base, 4)).toThrow(/last one/);
    expect(() => mergeWithNext(base, 9)).toThrow(/no group 9/);
  });

  it('splits a group and refuses an empty part', () => {
    expect(shape(splitGroup(base, 1, 1, 1))).toEqual(['0|0', '1|1', '|2', '2|', '|3', '3|4']);
    expect(shape(splitGroup(base, 1, 0, 1))).toEqual(['0|0', '|1', '1|2', '2|', '|3', '3|4']);
    expect(() => splitGroup(base, 1, 0, 0)).toThrow(/empty/);
    expect(() => splitGroup(base, 1, 1, 2)).toThrow(/empty/);
    expect(() => splitGroup(base, 1, 2, 0)).toThrow(/cannot keep/);
  });

  it('moves a boundary by one paragraph and drops a group left empty', () => {
    expect(shape(moveBoundary(base, 0, 'target', 1))).toEqual(['0|0,1', '1|2', '2|', '|3', '3|4']);
    expect(shape(moveBoundary(base, 1, 'target', -1))).toEqual(['0|0', '1|1', '2|2', '|3', '3|4']);
    expect(shape(moveBoundary(base, 2, 'source', -1))).toEqual(['0|0', '1|1,2', '2|3', '3|4']);
    expect(() => moveBoundary(base, 2, 'target', -1)).toThrow(/no target paragraph/);
    expect(() => moveBoundary(base, 4, 'source', 1)).toThrow(/last one/);
  });

  it('unlinks a group into 1:0 and 0:1 groups', () => {
    expect(shape(unlink(base, 1))).toEqual(['0|0', '1|', '|1', '|2', '2|', '|3', '3|4']);
    expect(() => unlink(base, 2)).toThrow(/not linked/);
  });

  it('pins and unpins', () => {
    const out = setPinned(base, 3, true);
    expect(out[3]?.pinned).toBe(true);
    expect(base[3]?.pinned).toBe(false);
    expect(setPinned(out, 3, false)[3]?.pinned).toBe(false);
  });

  it('re-aligns only the unpinned stretches', () => {
    const source = [
      'Article 1',
      'All human beings are born free.',
      'Article 2',
      'Everyone is entitled to all the rights.',
    ];
    const target = [
      'Статья 1',
      'Все люди рождаются свободными.',
      'Статья 2',
      'Каждый человек должен обладать всеми правами.',
    ];
    // A wrong alignment with its first group pinned (rightly) and the rest scrambled.
    const groups = [g([0], [0], true), g([1, 2], [1]), g([3], [2, 3])];
    const out = realignUnpinned(
      groups,
      source.map((text) => ({ text })),
      target.map((text) => ({ text })),
    );
    expect(out[0]).toBe(groups[0]);
    expect(shape(out)).toEqual(['0|0', '1|1', '2|2', '3|3']);
    expect(out.slice(1).every((x) => !x.pinned)).toBe(true);
    expect(() =>
      realignUnpinned(
        [g([1], [0])],
        source.map((text) => ({ text })),
        target.map((text) => ({ text })),
      ),
    ).toThrow(/source order/);
  });

  it('converts groups to editable ones', () => {
    expect(toEditable([{ src: [0], tgt: [0], confidence: 0.7 }])).toEqual(
      [g([0], [0])].map((x) => ({ ...x, confidence: 0.7 })),
    );
  });
});
