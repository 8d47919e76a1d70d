// Proper names survive translation as transliterations, not as identical strings. Both sides are
// reduced to a Latin consonant skeleton so that "Хрущёв" and "Khrushchev" meet ("hrsv").

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  ђ: 'dj',
  џ: 'dz',
  ѓ: 'g',
  ќ: 'k',
};

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'ks',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'i',
  φ: 'f',
  χ: 'h',
  ψ: 'ps',
  ω: 'o',
};

const DIGRAPHS: [RegExp, string][] = [
  [/shch/g, 's'],
  [/kh/g, 'h'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/zh/g, 'z'],
  [/t[sz]/g, 'c'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/[cq]/g, 'k'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/[jy]/g, 'i'],
];

/** Lower-case word (any of Latin, Cyrillic, Greek) → Latin letters; undefined for other scripts. */
export function romanize(word: string): string | undefined {
  let out = '';
  for (const ch of word.normalize('NFD')) {
    if (ch >= 'a' && ch <= 'z') out += ch;
    else if (/\p{M}/u.test(ch)) continue;
    else {
      const mapped = CYRILLIC[ch] ?? GREEK[ch];
      if (mapped === undefined) return undefined;
      out += mapped;
    }
  }
  return out;
}

/** Consonant skeleton of a romanized name: first letter, then up to three consonants (inflection adds more), no doubles. */
export function nameSkeleton(latin: string): string {
  let s = latin;
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  let out = s.charAt(0);
  for (let i = 1; i < s.length && out.length < 4; i++) {
    const ch = s.charAt(i);
    if ('aeiou'.includes(ch) || ch === out.charAt(out.length - 1)) continue;
    out += ch;
  }
  return out;
}
