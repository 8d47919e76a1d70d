import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chrF, chrfFromStats, chrfStats, ter } from '../../../core/diff';

type Pair = {
  hyp: string;
  ref: string;
  ter: number;
  ter_edits: number;
  ter_ref_len: number;
  chrf: number;
};
type Reference = { pairs: Pair[]; corpus_ter: number; corpus_chrf: number; sacrebleu: string };

// Values computed by sacreBLEU 2.6.0 itself (see tests/fixtures/diff/README.md and make-reference.py).
const ref = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/diff/sacrebleu-reference.json'), 'utf8'),
) as Reference;

describe(`agreement with sacreBLEU ${ref.sacrebleu} on ${ref.pairs.length} edited UDHR pairs`, () => {
  it('sentence TER: same edits, same reference length, same score', () => {
    const wrong = ref.pairs.filter((p) => {
      const r = ter(p.hyp, p.ref);
      return (
        r.edits !== p.ter_edits || r.refLength !== p.ter_ref_len || Math.abs(r.score - p.ter) > 1e-9
      );
    });
    expect(wrong).toEqual([]);
  });

  it('sentence chrF within 1e-9', () => {
    const wrong = ref.pairs.filter((p) => Math.abs(chrF(p.hyp, p.ref).score - p.chrf) > 1e-9);
    expect(wrong).toEqual([]);
  });

  it('corpus TER and chrF', () => {
    let edits = 0;
    let len = 0;
    const sum: number[] = [];
    for (const p of ref.pairs) {
      const r = ter(p.hyp, p.ref);
      edits += r.edits;
      len += r.refLength;
      chrfStats(p.hyp, p.ref).forEach((v, k) => (sum[k] = (sum[k] ?? 0) + v));
    }
    expect((100 * edits) / len).toBeCloseTo(ref.corpus_ter, 9);
    expect(chrfFromStats(sum)).toBeCloseTo(ref.corpus_chrf, 9);
  });
});
