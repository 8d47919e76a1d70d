import { describe, expect, it } from 'vitest';
import { diffWords } from '../../../core/diff';
import type { DiffOp } from '../../../core/diff';

const sideA = (ops: DiffOp[]): string =>
  ops
    .map((o) =>
      o.op === 'equal' || o.op === 'delete' || (o.op === 'move' && o.dir === 'from') ? o.text : '',
    )
    .join('');
const sideB = (ops: DiffOp[]): string =>
  ops
    .map((o) =>
      o.op === 'equal' || o.op === 'insert' || (o.op === 'move' && o.dir === 'to') ? o.text : '',
    )
    .join('');

describe('diffWords', () => {
  it('marks a replaced word with a character-level diff inside it', () => {
    const a = 'Officials in Kiev said the talks ended.';
    const b = 'Officials in Kyiv said the talks ended.';
    const ops = diffWords(a, b);
    expect(ops.map((o) => o.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
    const del = ops[1];
    const ins = ops[2];
    expect(del?.op === 'delete' && del.spans).toEqual([
      { text: 'Ki', changed: false },
      { text: 'e', changed: true },
      { text: 'v ', changed: false },
    ]);
    expect(ins?.op === 'insert' && ins.spans).toEqual([
      { text: 'K', changed: false },
      { text: 'y', changed: true },
      { text: 'iv ', changed: false },
    ]);
  });

  it('reports a moved block as a move, not as delete + insert', () => {
    const moves = diffWords(
      'lift sanctions from the bank and reconnect it',
      'reconnect it and lift sanctions from the bank',
    );
    const from = moves.filter((o) => o.op === 'move' && o.dir === 'from');
    const to = moves.filter((o) => o.op === 'move' && o.dir === 'to');
    expect(from.length).toBe(1);
    expect(to.length).toBe(1);
    expect(from[0]?.text.trim()).toBe(to[0]?.text.trim());
    expect(sideA(moves)).toBe('lift sanctions from the bank and reconnect it');
    expect(sideB(moves)).toBe('reconnect it and lift sanctions from the bank');
  });

  it('finds a sentence moved across a long paragraph', () => {
    const sentences = [
      'The minister met the press in Moscow on Tuesday.',
      'He said the sanctions issue was still being discussed.',
      'Rosselkhozbank should be reconnected to SWIFT, he added.',
      'Talks with the European side will resume next week.',
      'Analysts expect no quick result from the negotiations.',
      'Markets reacted calmly to the news on Wednesday morning.',
    ];
    const a = sentences.join(' ');
    const b = [...sentences.slice(1, 4), sentences[0], ...sentences.slice(4)].join(' ');
    const ops = diffWords(a, b);
    const moved = ops.filter((o) => o.op === 'move');
    expect(moved.map((o) => o.op === 'move' && o.dir)).toEqual(['from', 'to']);
    // The LCS may pair the sentence's final ". " with another one, so the block can end before it.
    expect(sentences[0]?.startsWith(moved[0]?.text.trim() ?? '-')).toBe(true);
    expect(moved[0]?.text.trim().length).toBeGreaterThan(40);
    const other = ops
      .filter((o) => o.op === 'insert' || o.op === 'delete')
      .map((o) => o.text.trim());
    expect(other.every((t) => t === '' || t === '.')).toBe(true);
    expect(sideA(ops)).toBe(a);
    expect(sideB(ops)).toBe(b);
  });

  it('keeps both sides reconstructible on mixed edits, Cyrillic and emoji', () => {
    const cases: [string, string][] = [
      ['', 'new text'],
      ['old text', ''],
      ['Переведено сервисом «Яндекс Переводчик» 😀', 'Translated by Yandex 😀!'],
      ['a  b\n\nc', 'a b\nc d'],
      [
        '— The sanctions issue ... progress," Blokhin said',
        '"The sanctions issue ... progress," Blokhin said',
      ],
    ];
    for (const [a, b] of cases) {
      const ops = diffWords(a, b);
      expect(sideA(ops)).toBe(a);
      expect(sideB(ops)).toBe(b);
    }
    expect(diffWords('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
  });

  it('diffs 1,000-character paragraphs in well under 5 ms, rewrites included', () => {
    const base = 'The quick brown fox jumps over the lazy dog near the river bank, ';
    let a = '';
    while (a.length < 1000) a += base;
    const edited = a
      .replace(/fox/g, 'cat')
      .replace('lazy dog near', 'near lazy dog')
      .replace(/river/, 'riverside');
    const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(18);
    const rewrite = 'Совсем другой текст без общих слов, переписанный редактором. '.repeat(16);
    const reversed = lorem.split(' ').reverse().join(' ');
    for (const [x, y] of [
      [a, edited],
      [lorem, rewrite],
      [lorem, reversed],
    ] as const) {
      diffWords(x, y); // warm-up (JIT)
      const runs: number[] = [];
      for (let i = 0; i < 21; i++) {
        const t = performance.now();
        diffWords(x, y);
        runs.push(performance.now() - t);
      }
      runs.sort((p, q) => p - q);
      expect(runs[10]).toBeLessThan(5);
    }
  });
});
