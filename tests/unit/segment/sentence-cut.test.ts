import { describe, expect, it } from 'vitest';
import { cutCandidates, cutsAtCaret, nearestCut } from '../../../core/segment';

describe('where a row may be cut', () => {
  it('offers line breaks and sentence breaks (closing quotes included), never the ends', () => {
    const text = 'He said «Stop.» Then left!\nNew line? Yes. 3.5 km';
    expect(cutCandidates(text).map((c) => text.slice(c, c + 4))).toEqual([
      'Then',
      'New ',
      'Yes.',
      '3.5 ',
    ]);
    expect(cutCandidates('One sentence only.')).toEqual([]);
    // A decimal point is not a sentence break: no white space follows it.
    expect(cutCandidates('Pi is 3.14 today')).toEqual([]);
  });

  it('picks the cut nearest the share of the text aimed at', () => {
    const text = 'A one. B two. C three. D four.';
    expect(text.slice(nearestCut(text, 0.5)!)).toBe('C three. D four.');
    expect(text.slice(nearestCut(text, 0)!)).toBe('B two. C three. D four.');
    expect(nearestCut('No break here', 0.5)).toBeNull();
    expect(nearestCut('', 0.5)).toBeNull();
  });

  it('cuts the MT at the caret while the correction is the MT, else at sentence breaks', () => {
    const row = { source: 'Раз. Два.', mt: 'One. Two.' };
    expect(cutsAtCaret(row, 'One. Two.', 5)).toEqual({ source: 5, target: 5, correction: 5 });
    expect(cutsAtCaret(row, 'One. Two.', 2)).toEqual({ source: 5, target: 2, correction: 2 });
    const edited = cutsAtCaret(row, 'Uno, corrected. Dos.', 16);
    expect(edited).toEqual({ source: 5, target: 5, correction: 16 });
    // A source with no break goes whole to the first row.
    expect(cutsAtCaret({ source: 'Одно', mt: 'One. Two.' }, 'One. Two.', 5).source).toBe(4);
  });
});
