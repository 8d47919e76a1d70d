import { describe, expect, it } from 'vitest';
import { codeFreq, linkCodeCounts } from '../../../core/align/code-tables';

describe('code tables', () => {
  it('smooths code shares so that an unseen code keeps a small share and all shares sum to 1', () => {
    const f = codeFreq(Uint8Array.from([1, 1, 2, 1]), 4);
    expect(Array.from(f)).toEqual([0.5 / 6, 3.5 / 6, 1.5 / 6, 0.5 / 6]);
    expect(f.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('counts code pairs over links, leaving out unknown codes only when asked', () => {
    const src = Uint8Array.from([1, 0, 2]);
    const tgt = Uint8Array.from([1, 2, 2]);
    const links: [number, number][] = [
      [0, 0],
      [1, 1],
      [2, 2],
      [2, 1],
    ];
    const all = linkCodeCounts(src, tgt, 3, links, false);
    expect(all.n).toBe(4);
    expect(all.table[1 * 3 + 1]).toBe(1);
    expect(all.table[0 * 3 + 2]).toBe(1);
    expect(all.table[2 * 3 + 2]).toBe(2);
    const known = linkCodeCounts(src, tgt, 3, links, true);
    expect(known.n).toBe(3);
    expect(known.table[0 * 3 + 2]).toBe(0);
  });
});
