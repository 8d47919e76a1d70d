import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../core/align';
import type { AlignGroup } from '../../../core/model';
import { udhrChunks } from '../../eval/udhr-pairs';

const inputs = (texts: readonly string[]) => texts.map((text) => ({ text }));

function expectCover(groups: readonly AlignGroup[], n: number, m: number): void {
  const src = groups.flatMap((g) => g.src);
  const tgt = groups.flatMap((g) => g.tgt);
  expect(src).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(tgt).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const g of groups) {
    expect(g.src.length + g.tgt.length).toBeGreaterThan(0);
    expect(g.confidence).toBeGreaterThanOrEqual(0);
    expect(g.confidence).toBeLessThanOrEqual(1);
  }
}

// Russian and English articles of the declaration (real text), flattened to paragraphs.
const ru = udhrChunks('rus').slice(1, 16).flat();
const en = udhrChunks('eng').slice(1, 16).flat();
const key = (g: AlignGroup): string => `${g.src.join(',')}|${g.tgt.join(',')}`;

describe('alignParagraphs', () => {
  it('aligns a clean pair 1:1 and covers every paragraph once', () => {
    const groups = alignParagraphs(inputs(ru), inputs(en));
    expectCover(groups, ru.length, en.length);
    expect(
      groups.every((g) => g.src.length === 1 && g.tgt.length === 1 && g.src[0] === g.tgt[0]),
    ).toBe(true);
  });

  it('finds a dropped paragraph (1:0), an inserted line (0:1) and a merge (2:1)', () => {
    const target = [...en];
    target.splice(20, 1); // en 20 dropped → ru 20 is 1:0
    target.splice(10, 0, 'Advertisement. Subscribe to our newsletter for 5 EUR a month!'); // 0:1
    const merged = `${target[31]} ${target[32]}`; // ru 31, 32 → one target paragraph
    target.splice(31, 2, merged);
    const groups = alignParagraphs(inputs(ru), inputs(target));
    expectCover(groups, ru.length, target.length);
    const keys = new Set(groups.map(key));
    expect(keys.has('|10')).toBe(true);
    expect(keys.has('20|')).toBe(true);
    expect(keys.has('31,32|31')).toBe(true);
  });

  it('handles empty sides and reports progress up to 1', () => {
    expect(alignParagraphs([], inputs(['a', 'b']))).toEqual([
      { src: [], tgt: [0], confidence: 1 },
      { src: [], tgt: [1], confidence: 1 },
    ]);
    const seen: number[] = [];
    alignParagraphs(inputs(ru.slice(0, 10)), inputs(en.slice(0, 10)), {
      onProgress: (f) => seen.push(f),
    });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[seen.length - 1]).toBe(1);
    for (const f of seen) expect(f >= 0 && f <= 1).toBe(true);
  });

  it('aligns a script without spaces (Thai) against English', () => {
    const th = udhrChunks('tha').slice(1, 12).flat();
    const en2 = udhrChunks('eng').slice(1, 12).flat();
    expect(th.length).toBe(en2.length);
    const groups = alignParagraphs(inputs(th), inputs(en2));
    expectCover(groups, th.length, en2.length);
    const ok = groups.filter(
      (g) => g.src.length === 1 && g.tgt.length === 1 && g.src[0] === g.tgt[0],
    );
    expect(ok.length / th.length).toBeGreaterThanOrEqual(0.95);
  });

  it('uses a lexicon when given one, and does not need it', () => {
    const src = ['кошка спит', 'собака лает громко', 'птица поёт утром'];
    const tgt = ['the dog barks loudly', 'the bird sings in the morning'];
    const lexicon = [
      { source: 'собака', target: 'dog' },
      { source: 'птица', target: 'bird' },
      { source: 'утром', target: 'morning' },
    ];
    const groups = alignParagraphs(inputs(src), inputs(tgt), { lexicon });
    expectCover(groups, 3, 2);
    expect(groups.map(key)).toEqual(['0|', '1|0', '2|1']);
  });

  it('aligns repeated identical lines 1:1 (a token found everywhere is no evidence against)', () => {
    const lines = Array.from({ length: 500 }, () => 'Advertisement');
    const groups = alignParagraphs(inputs(lines), inputs(lines));
    expectCover(groups, 500, 500);
    expect(groups.every((g) => g.src.length === 1 && g.tgt.length === 1)).toBe(true);
  });

  it('keeps sure groups sure where every path must cross a run of extra lines', () => {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Contacts', 'Archive', 'Login', 'Search'];
    const target = ['Article 7: everyone is equal before the law.', ...menu, ...menu, ...menu];
    const groups = alignParagraphs(
      inputs(['Статья 7: все люди равны перед законом.']),
      inputs(target),
    );
    expectCover(groups, 1, target.length);
    expect(groups[0]).toMatchObject({ src: [0], tgt: [0] });
    expect(Math.min(...groups.slice(1).map((g) => g.confidence))).toBeGreaterThan(0.9);
  });

  it('gives low confidence where the alignment is ambiguous', () => {
    const groups = alignParagraphs(inputs(['aaaa bbbb', 'cccc dddd']), inputs(['xxxx yyyy zzzz']));
    expectCover(groups, 2, 1);
    expect(Math.min(...groups.map((g) => g.confidence))).toBeLessThan(0.9);
  });
});
