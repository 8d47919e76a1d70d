import { describe, expect, it } from 'vitest';
import { chrF, chrfFromStats, chrfStats, levenshtein, ter } from '../../../core/diff';

// Reference values: sacreBLEU test/test_ter.py (mjpost/sacrebleu @ 27bec349), corpus TER × 100.
describe('ter (sacreBLEU test_ter.py cases)', () => {
  it('perfect match is 0', () => {
    expect(ter('aaaa bbbb cccc dddd', 'aaaa bbbb cccc dddd').score).toBe(0);
  });
  it('no overlap is 100', () => {
    expect(ter('dddd eeee ffff', 'aaaa bbbb cccc').score).toBe(100);
  });
  it('empty hypothesis against "a" is 100', () => {
    expect(ter('', 'a').score).toBe(100);
  });
  it('a single shift fixes the MT: 1/8', () => {
    const r = ter('d e f g h a b c', 'a b c d e f g h');
    expect(r.edits).toBe(1);
    expect(r.shifts).toBe(1);
    expect(r.score).toBeCloseTo(12.5, 6);
  });
  it('WMT dev 2019 realistic example: corpus TER 13.6 (edits summed over refs)', () => {
    const hyps = [
      'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit das Bild ungefähr dieselbe Größe aufweist wie die andere Größe .',
      'wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
      'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie Werte für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " ein .',
      'Sie können beispielsweise ein Dokument erstellen , das ein Auto über die Bühne enthält .',
      'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
    ];
    const refs = [
      'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit die Darstellung des Bildes in einer anderen Größe beibehalten wird .',
      'wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
      'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " niedrigere Werte ein .',
      'Sie können beispielsweise ein Dokument erstellen , das ein Auto enthalt , das sich über die Bühne bewegt .',
      'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
    ];
    let edits = 0;
    let len = 0;
    hyps.forEach((h, i) => {
      const r = ter(h, refs[i] ?? '');
      edits += r.edits;
      len += r.refLength;
    });
    expect(Math.abs((100 * edits) / len - 13.6)).toBeLessThan(1e-3);
  });
  it('is case-insensitive by default (tercom / sacreBLEU default) and case-sensitive on request', () => {
    expect(ter('Kyiv', 'kyiv').score).toBe(0);
    expect(ter('Kyiv', 'kyiv', { caseSensitive: true }).score).toBe(100);
  });
  // Hand computation: MT "the cat sat on the mat", post-edit "the cat sat on a mat": one
  // substitution over 6 reference words = 16.67; and a 2-word block moved to the front = 1 shift / 5.
  it('hand-computed HTER values', () => {
    expect(ter('the cat sat on the mat', 'the cat sat on a mat').score).toBeCloseTo(100 / 6, 9);
    const moved = ter(
      'sanctions were lifted from Rosselkhozbank today',
      'today sanctions were lifted from Rosselkhozbank',
    );
    expect(moved.edits).toBe(1);
    expect(moved.score).toBeCloseTo(100 / 6, 9);
    expect(ter('', '').score).toBe(0);
    expect(ter('extra words', '').score).toBe(100);
  });
});

// Reference values: sacreBLEU test/test_chrf.py (mjpost/sacrebleu @ 27bec349).
describe('chrF (sacreBLEU test_chrf.py cases)', () => {
  it.each([
    [
      'Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.',
      'Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.',
      39.14078509,
    ],
    [
      'Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.',
      'A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.',
      31.22557079,
    ],
    [
      'Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.',
      'Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.',
      57.15704367,
    ],
  ])('sentence_chrf(eps_smoothing=True) %#', (hyp, ref, expected) => {
    expect(Math.abs(chrF(hyp, ref, { epsSmoothing: true }).score - expected)).toBeLessThan(1e-4);
  });

  const corpus = (hyps: string[], refs: string[], o: Parameters<typeof chrF>[2]): number => {
    const sum: number[] = [];
    hyps.forEach((h, i) =>
      chrfStats(h, refs[i] ?? '', o).forEach((v, k) => (sum[k] = (sum[k] ?? 0) + v)),
    );
    return chrfFromStats(sum, o);
  };
  it.each([
    [['abcdefg'], ['hijklmnop'], 0.0],
    [['a'], ['b'], 0.0],
    [[''], ['b'], 0.0],
    [['aa'], ['ab'], 8.3333],
    [['a', 'b'], ['a', 'c'], 8.3333],
    [['a'], ['a'], 16.6667],
    [['a b c'], ['a b c'], 50.0],
    [['a b c'], ['abc'], 50.0],
    [
      [
        ' risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .',
      ],
      [
        'risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .',
      ],
      63.36173,
    ],
    [
      [' Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. '],
      ['Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.'],
      64.1302698,
    ],
  ])('corpus_chrf(beta=3, eps_smoothing=True) %#', (h, r, expected) => {
    expect(Math.abs(corpus(h, r, { beta: 3, epsSmoothing: true }) - expected)).toBeLessThan(1e-4);
  });
  it.each([
    [['a'], ['a'], 100.0],
    [[''], ['reference'], 0.0],
    [['a b c'], ['abc'], 100.0],
    [['a', 'b'], ['a', 'c'], 50.0],
    [['aa'], ['ab'], 25.0],
  ])('corpus_chrf(beta=3, effective order) %#', (h, r, expected) => {
    expect(Math.abs(corpus(h, r, { beta: 3 }) - expected)).toBeLessThan(1e-4);
  });
  it.each([
    [
      'Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.',
      'Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.',
      67.3481606,
    ],
  ])('corpus_chrf(beta=3, whitespace kept) %#', (h, r, expected) => {
    expect(Math.abs(chrF(h, r, { beta: 3, keepWhitespace: true }).score - expected)).toBeLessThan(
      1e-4,
    );
  });

  // Hand computation with the defaults (β=2, orders 1..6, effective order): "aa" vs "ab":
  // order 1 P=R=1/2, order 2 P=R=0 → avg P=R=1/4 → F = 5·(1/16)/(4·1/4 + 1/4) = 25.
  // "abc" vs "abd": orders 1,2 have P=R=2/3, 1/2; order 3 P=R=0 → avg 7/18 → F = 7/18·100 = 38.888….
  it('hand-computed default chrF2 values', () => {
    expect(chrF('aa', 'ab').score).toBeCloseTo(25, 9);
    expect(chrF('abc', 'abd').score).toBeCloseTo((7 / 18) * 100, 9);
    expect(chrF('Привет мир', 'Приветмир').score).toBe(100);
    expect(chrF('', '').score).toBe(0);
  });
});

describe('levenshtein', () => {
  it('counts code points and words (hand-computed)', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('Киев', 'Киевом')).toBe(2);
    expect(levenshtein('a😀b', 'ab')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('the cat sat', 'the dog sat down', 'word')).toBe(2);
    expect(levenshtein('same', 'same')).toBe(0);
  });
});
