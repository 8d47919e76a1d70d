import { describe, expect, it } from 'vitest';
import { paragraphLength, tokenizeParagraph } from '../../../core/align/tokenize';
import { nameSkeleton, romanize } from '../../../core/align/translit';

describe('tokenizeParagraph', () => {
  it('keeps numbers, code and URLs as they are and folds other digits', () => {
    const t = tokenizeParagraph(
      'См. /etc/apt/sources.list и https://www.debian.org/ — 2021 год, ٣ и १७',
    );
    expect(t).toContain('`etc/apt/sources.list');
    expect(t).toContain('`https://www.debian.org');
    expect(t).toContain('#2021');
    expect(t).toContain('#3');
    expect(t).toContain('#17');
  });

  it('lets transliterated names meet', () => {
    const ru = tokenizeParagraph('Никита Хрущёв выступил в Москве');
    const en = tokenizeParagraph('Nikita Khrushchev spoke in Moscow');
    const names = (ts: string[]) => ts.filter((t) => t.startsWith('~'));
    expect(names(ru).filter((n) => names(en).includes(n)).length).toBeGreaterThanOrEqual(2);
    expect(nameSkeleton(romanize('хрущёв') ?? '')).toBe(nameSkeleton('khrushchev'));
  });

  it('cuts scripts without spaces into words or characters', () => {
    expect(tokenizeParagraph('ทุกคนมีสิทธิในการดำรงชีวิต').length).toBeGreaterThan(3);
    expect(tokenizeParagraph('人人生而自由').sort()).toEqual(['人', '生', '而', '自', '由'].sort());
    expect(tokenizeParagraph('모든 인간은 태어날 때부터').length).toBe(4);
  });

  it('measures length without white space', () => {
    expect(paragraphLength(' a b\tc\n')).toBe(3);
  });
});
