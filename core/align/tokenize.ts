import { nameSkeleton, romanize } from './translit';

// Tokens are strings in one vocabulary shared by both sides, so an identical token on both sides is
// an anchor by construction. A one-character prefix keeps the classes apart.
export const TokenClass = { word: 0, number: 1, code: 2, punct: 3, name: 4 } as const;
export type TokenClassId = (typeof TokenClass)[keyof typeof TokenClass];
export const TOKEN_CLASSES = 5;

/** Class of a token produced by tokenizeParagraph. */
export function tokenClass(token: string): TokenClassId {
  switch (token.charAt(0)) {
    case '#':
      return TokenClass.number;
    case '`':
      return TokenClass.code;
    case '\u00a7':
      return TokenClass.punct;
    case '~':
      return TokenClass.name;
    default:
      return TokenClass.word;
  }
}

const NO_SPACE_SCRIPT =
  /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const HAN = /\p{sc=Han}/u;
const SHORT_STEM = /[\p{sc=Hangul}]/u;
const MID_STEM =
  /[\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Tamil}\p{sc=Telugu}]/u;
const QUOTES = '"«»“”„';
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
  0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10,
];

let segmenter: Intl.Segmenter | undefined;

// Character kinds, decided once per BMP code point by Unicode property (the table fills lazily).
const OTHER = 1;
const ALNUM = 2;
const DIGIT = 3;
const PUNCT = 4;
const KINDS = new Uint8Array(0x10000);
const SEPARATORS = '._/:@+#-';
const KEPT_PUNCT = '?!:;(%"«»“”„';

function charKind(t: string, i: number): number {
  const c = t.charCodeAt(i);
  let k = KINDS[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff)
      k = ALNUM; // astral letters (CJK extensions and the like)
    else if (/\p{Nd}/u.test(ch)) k = DIGIT;
    else if (/[\p{L}\p{M}\p{N}]/u.test(ch)) k = ALNUM;
    else if (KEPT_PUNCT.includes(ch)) k = PUNCT;
    else k = OTHER;
    KINDS[c] = k;
  }
  return k;
}

function isAlnum(k: number): boolean {
  return k === ALNUM || k === DIGIT;
}
// Names repeat: their skeletons are remembered (bounded; pure function of the word).
const nameCache = new Map<string, string>();

function foldDigits(run: string): string {
  let out = '';
  for (const ch of run) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x30 && c <= 0x39) out += ch;
    else {
      const zero = DIGIT_ZEROS.find((z) => c >= z && c < z + 10);
      out += zero === undefined ? ch : String(c - zero);
    }
  }
  return out;
}

// Scripts below U+0590 (Latin, Greek, Cyrillic, Armenian) are spaced and alphabetic: the fast path.
const SIMPLE_SCRIPT_END = 0x0590;
const ALPHABETIC_STEM = 5;

// A prefix stem: crude, language-blind, and enough to let word forms of one lemma meet.
function stem(word: string): string {
  if (word.charCodeAt(0) < SIMPLE_SCRIPT_END)
    return word.length <= ALPHABETIC_STEM ? word : word.slice(0, ALPHABETIC_STEM);
  const limit = SHORT_STEM.test(word) ? 2 : MID_STEM.test(word) ? 4 : ALPHABETIC_STEM;
  const chars = Array.from(word);
  return chars.length <= limit ? word : chars.slice(0, limit).join('');
}

function addName(lower: string, out: Sink): void {
  let name = nameCache.get(lower);
  if (name === undefined) {
    const latin = romanize(lower);
    name = latin !== undefined && latin.length >= 4 ? '~' + nameSkeleton(latin) : '';
    if (nameCache.size > 50_000) nameCache.clear();
    nameCache.set(lower, name);
  }
  if (name !== '') out(name);
}

function addLetters(run: string, out: Sink): void {
  const simple = run.charCodeAt(0) < SIMPLE_SCRIPT_END;
  if (!simple && HAN.test(run)) {
    for (const ch of run) out(ch);
    return;
  }
  if (!simple && NO_SPACE_SCRIPT.test(run)) {
    segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
    for (const s of segmenter.segment(run)) if (s.isWordLike) out(stem(s.segment));
    return;
  }
  const lower = run.toLowerCase();
  if (lower.length >= 2) out(stem(lower));
  // Capitalised words of at least four letters may be names: add their transliteration skeleton.
  if (simple && run.length >= 4 && run.charCodeAt(0) !== lower.charCodeAt(0)) addName(lower, out);
}

// Spaced alphabetic scripts without intermediate strings: only the stem (and, for a capitalised
// word, the whole word for its name skeleton) is cut out of the paragraph.
// `lower` is t lower-cased when that kept every offset (the usual case), else undefined.
function addSimpleWord(
  t: string,
  lower: string | undefined,
  a: number,
  b: number,
  out: Sink,
): void {
  if (b - a < 2) return;
  const end = Math.min(b, a + ALPHABETIC_STEM);
  const stemmed = lower === undefined ? t.slice(a, end).toLowerCase() : lower.slice(a, end);
  out(stemmed);
  if (b - a >= 4 && t.charCodeAt(a) !== stemmed.charCodeAt(0))
    addName(lower === undefined ? t.slice(a, b).toLowerCase() : lower.slice(a, b), out);
}

function addNumber(digits: string, out: Sink): void {
  out('#' + foldDigits(digits).replace(/^0+(?=\d)/, ''));
}

/** Receives each token of a paragraph (a token may come more than once). */
export type Sink = (token: string) => void;

/** Emit the tokens of a paragraph: words as prefix stems, numbers, code, punctuation, name skeletons. */
export function forEachToken(text: string, out: Sink): void {
  const t = text.normalize('NFKC');
  const len = t.length;
  // One lower-casing per paragraph instead of one per word; offsets only hold if lengths agree.
  const lowered = t.toLowerCase();
  const lower = lowered.length === len ? lowered : undefined;
  let i = 0;
  while (i < len) {
    const k = charKind(t, i);
    if (k === PUNCT) {
      const ch = t.charAt(i);
      out(QUOTES.includes(ch) ? '\u00a7"' : '\u00a7' + ch);
      i++;
      continue;
    }
    if (k !== ALNUM && k !== DIGIT) {
      i++;
      continue;
    }
    // A chunk: alphanumeric runs, joined by . _ / : @ + # - into code (paths, versions, URLs).
    const start = i;
    let joined = false;
    for (;;) {
      while (i < len && isAlnum(charKind(t, i))) i++;
      let j = i;
      while (j < len && SEPARATORS.includes(t.charAt(j))) j++;
      if (j === i || j >= len || !isAlnum(charKind(t, j))) break;
      joined = true;
      i = j;
    }
    if (joined) out('`' + t.slice(start, i).toLowerCase());
    // Within the chunk: digit runs are numbers, other runs (letters, maybe with digits) are words.
    let x = start;
    while (x < i) {
      const kx = charKind(t, x);
      if (!isAlnum(kx)) {
        x++;
        continue;
      }
      const y0 = x;
      if (kx === DIGIT) {
        while (x < i && charKind(t, x) === DIGIT) x++;
        addNumber(t.slice(y0, x), out);
      } else {
        while (x < i && isAlnum(charKind(t, x))) x++;
        if ((t.charCodeAt(y0) as number) < SIMPLE_SCRIPT_END) addSimpleWord(t, lower, y0, x, out);
        else addLetters(t.slice(y0, x), out);
      }
    }
  }
}

/** Unique tokens of a paragraph, in order of first appearance. */
export function tokenizeParagraph(text: string): string[] {
  const out = new Set<string>();
  forEachToken(text, (t) => out.add(t));
  return Array.from(out);
}

/** Paragraph length for the length model: code points that are not white space. */
export function paragraphLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n++;
  }
  return n;
}
