import { describe, expect, it } from 'vitest';
import { checkSegment, extractNumbers, numberMismatch, unbalancedQuotes } from '../../../core/qa';

describe('numbers', () => {
  it('reads decimal commas, grouping and spaces the same on both sides', () => {
    expect(extractNumbers('2,5 млн и 1 234 567 руб., 3.14')).toEqual(['2.5', '1234567', '3.14']);
    expect(extractNumbers('1,234,567 and 2.5')).toEqual(['1234567', '2.5']);
  });

  it('finds a number the MT lost or invented', () => {
    expect(numberMismatch('В 2024 году 15 апреля', 'On April 15, 2024')).toEqual({
      missing: [],
      extra: [],
    });
    expect(numberMismatch('В 2024 году 15 апреля', 'On April 16, 2024')).toEqual({
      missing: ['15'],
      extra: ['16'],
    });
  });
});

describe('quotes', () => {
  it('flags the orphan quote left by a translated dialogue dash', () => {
    // From the seed page: the Russian dialogue dash became a closing quote with no opening one.
    expect(unbalancedQuotes('— The sanctions issue is progress," Konstantin Blokhin said.')).toBe(
      true,
    );
    expect(unbalancedQuotes('"The sanctions issue is progress," Konstantin Blokhin said.')).toBe(
      false,
    );
    expect(unbalancedQuotes('«Ёлки» и «палки»')).toBe(false);
    expect(unbalancedQuotes('«Ёлки и палки')).toBe(true);
  });
});

describe('checkSegment', () => {
  it('reports each problem once with a readable detail', () => {
    const findings = checkSegment(
      '— Вопрос санкций — это 2 года, — сказал он.',
      '— The sanctions issue is 3 years," he said.',
    );
    expect(findings.map((f) => f.code).sort()).toEqual(['numbers', 'quotes']);
    expect(findings.find((f) => f.code === 'numbers')?.detail).toBe('missing 2; extra 3');
  });

  it('is quiet on a faithful translation and on MT-only rows', () => {
    expect(checkSegment('Цена — 100 рублей.', 'The price is 100 roubles.')).toEqual([]);
    expect(checkSegment('', 'Skip to main content')).toEqual([]);
  });

  it('flags an emptied translation', () => {
    expect(checkSegment('Текст', '  ')).toEqual([
      { code: 'empty', detail: 'the translation is empty' },
    ]);
  });
});
