import { franc } from 'franc-min';

/**
 * Paragraph-level language identification. A script count decides the family; inside Cyrillic and
 * Latin, stop words, distinctive letters and a few affixes decide the language. franc-min is only a
 * fallback for longer Latin text in languages we do not score ourselves (it is weak on short text).
 */

export type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'devanagari'
  | 'thai'
  | 'georgian'
  | 'armenian'
  | 'none';

// [from, to, script] code-point ranges; a table walk is ~10x faster than \p{Script} regexes per char.
const SCRIPT_RANGES: ReadonlyArray<readonly [number, number, Script]> = [
  [0x41, 0x5a, 'latin'],
  [0x61, 0x7a, 'latin'],
  [0xc0, 0x24f, 'latin'],
  [0x370, 0x3ff, 'greek'],
  [0x400, 0x52f, 'cyrillic'],
  [0x530, 0x58f, 'armenian'],
  [0x590, 0x5ff, 'hebrew'],
  [0x600, 0x6ff, 'arabic'],
  [0x750, 0x77f, 'arabic'],
  [0x900, 0x97f, 'devanagari'],
  [0xe00, 0xe7f, 'thai'],
  [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'],
  [0x1e00, 0x1eff, 'latin'],
  [0x3040, 0x30ff, 'kana'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xac00, 0xd7af, 'hangul'],
];

function scriptOfCode(code: number): Script {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 'latin' : 'none';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  for (const [from, to, script] of SCRIPT_RANGES) {
    if (code < from) return 'none';
    if (code <= to) return script;
  }
  return 'none';
}

const SINGLE_SCRIPT_LANG: Partial<Record<Script, string>> = {
  greek: 'el',
  arabic: 'ar',
  hebrew: 'he',
  hangul: 'ko',
  kana: 'ja',
  han: 'zh',
  devanagari: 'hi',
  thai: 'th',
  georgian: 'ka',
  armenian: 'hy',
};

const CYRILLIC_LANGS = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk']);
const OTHER_SCRIPT_LANG = new Map<string, Script>(
  Object.entries(SINGLE_SCRIPT_LANG).map(([script, lang]) => [lang, script as Script]),
);

/** The script a language code is normally written in ('none' when unknown). */
export function scriptOfLang(lang: string): Script {
  if (lang === 'und' || lang === '') return 'none';
  if (CYRILLIC_LANGS.has(lang)) return 'cyrillic';
  return OTHER_SCRIPT_LANG.get(lang) ?? 'latin';
}

// Latin-1 has a few non-letters inside the letter range (× and ÷).
const isLetterCode = (code: number): boolean => code !== 0xd7 && code !== 0xf7;

/** Letter counts per script; 'none' when the text has no letters. O(n). */
export function dominantScript(text: string): {
  script: Script;
  letters: number;
  cyrillic: number;
} {
  const counts = new Map<Script, number>();
  let letters = 0;
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast paths for ASCII and Cyrillic, which is nearly all the text this app sees.
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
        latin++;
        letters++;
      }
      continue;
    }
    if (code >= 0x400 && code <= 0x52f) {
      cyrillic++;
      letters++;
      continue;
    }
    const script = scriptOfCode(code);
    if (script === 'none') continue;
    if (script === 'latin') {
      if (!isLetterCode(code)) continue;
      latin++;
    } else counts.set(script, (counts.get(script) ?? 0) + 1);
    letters++;
  }
  if (latin > 0) counts.set('latin', latin);
  if (cyrillic > 0) counts.set('cyrillic', cyrillic);
  let best: Script = 'none';
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  // Japanese mixes kana and han; any kana makes han text Japanese.
  if (best === 'han' && (counts.get('kana') ?? 0) > 0) best = 'kana';
  return { script: bestCount * 2 >= letters ? best : 'none', letters, cyrillic };
}

// Latin and Cyrillic words (BMP code units, so no /u flag: several times faster on long text).
const WORD = /[a-z\u00c0-\u024f\u0400-\u052f]+(?:['’][a-z\u00c0-\u024f\u0400-\u052f]+)?/g;
const words = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];

const stopSet = (s: string): ReadonlySet<string> => new Set(s.split(' '));

const CYR_STOP: Record<string, ReadonlySet<string>> = {
  ru: stopSet(
    'и в не на что с по это как для от из к о же за вы мы он она они но а то все так его был была было при уже или бы если только еще ещё когда даже где быть этот эта этих который которые также сайте вас нас свое своё',
  ),
  uk: stopSet(
    'і й в у не на що з до це як для від та за але його про було бути ми ви вони це цей ця також який які коли якщо тільки ще вже або щоб де при між',
  ),
};

const LATIN_STOP: Record<string, ReadonlySet<string>> = {
  en: stopSet(
    'a the of and to in is that for it with as was on be by this are at from or an have has not which but were they their its been will would can could should all more one about there into who what when where why how also than these those our you your we he she his her after do does did just i my me if so no yes out up any some only other such then them there here now over new because',
  ),
  de: stopSet(
    'der die das und ist nicht zu den von mit sich des auf für im dem ein eine einer eines auch es an als wie bei nach aus wird werden hat sind war noch nur oder aber wenn so kann über durch man sie wir ich',
  ),
  fr: stopSet(
    'le la les de des du et est un une pour que qui dans en au aux pas sur ce cette sont avec il elle ils nous vous par plus ne se mais ou son sa ses leur été être fait comme',
  ),
  es: stopSet(
    'el la los las de del y o a ni que en un una es por con para no se su sus al lo como más pero sin sobre este esta entre cuando muy ya también fue son ha han hay desde todo nos',
  ),
  it: stopSet(
    'il lo la gli le di del della dello delle degli dei nei sulla ad ed o a che e è un una per con non si sono da al alla nel nella come anche più ma questo questa ha',
  ),
  pt: stopSet(
    'o a os as de do da dos das e que em um uma para com não se por mais como mas foi ao na no são também pelo pela está isso',
  ),
  nl: stopSet(
    'de het een en van is dat op te in voor met zijn niet aan er ook als bij door maar om dan wordt werd deze naar uit nog',
  ),
};

const LATIN_MARKS: ReadonlyArray<readonly [string, RegExp, number]> = [
  ['de', /[äöüß]/g, 1.5],
  ['de', /sch|ung\b|keit\b|heit\b|lich\b|tz/g, 0.5],
  ['fr', /[éèêëàâçœîïôùû]/g, 1],
  ['fr', /eau|aux\b|eux\b|qu'|\bl'|\bd'/g, 0.7],
  ['es', /[ñ¿¡]/g, 2],
  ['es', /[áíóú]|ción\b|dad\b/g, 0.8],
  ['pt', /[ãõ]|ção\b|ções\b/g, 1.5],
  ['it', /zion[ei]\b|[àèìòù]\b|gli\b/g, 0.8],
  ['en', /th|wh|\w(?:ing|tion|ment|ness|ly|ght|ed)\b|'s\b/g, 0.4],
];

const FRANC_TO_ISO1: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  tur: 'tr',
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  hrv: 'hr',
  slv: 'sl',
  lit: 'lt',
  lav: 'lv',
  est: 'et',
  ind: 'id',
  vie: 'vi',
};

// word → languages whose stop-word list has it; one lookup per word instead of one per language.
const LATIN_STOP_INDEX = new Map<string, string[]>();
for (const [lang, set] of Object.entries(LATIN_STOP)) {
  for (const w of set) {
    const langs = LATIN_STOP_INDEX.get(w);
    if (langs) langs.push(lang);
    else LATIN_STOP_INDEX.set(w, [lang]);
  }
}

// A paragraph's language shows in its first few hundred characters; reading more only costs time.
const SAMPLE_CHARS = 400;

function bestOf(scores: Map<string, number>): { lang: string; score: number; margin: number } {
  let lang = 'und';
  let score = 0;
  let second = 0;
  for (const [l, s] of scores) {
    if (s > score) {
      second = score;
      score = s;
      lang = l;
    } else if (s > second) second = s;
  }
  return { lang, score, margin: score - second };
}

function hasCyrillicStopWord(text: string): boolean {
  return words(text).some((w) => CYR_STOP.ru?.has(w) || CYR_STOP.uk?.has(w));
}

function detectCyrillic(text: string, letters: number, hint: string | undefined): string {
  // One pass over the distinctive letters: ў (be), ђћџљњј (sr), ѓќѕ (mk), ыэъё (ru), іїєґ (uk).
  let ru = 0;
  let uk = 0;
  for (let i = 0; i < text.length; i++) {
    const ext = text.charCodeAt(i);
    const c = ext >= 0x410 && ext <= 0x42f ? ext + 0x20 : ext; // А–Я onto а–я
    if (ext === 0x45e || ext === 0x40e) return 'be';
    if (
      ext >= 0x400 &&
      ext <= 0x40f &&
      ext !== 0x401 &&
      ext !== 0x404 &&
      ext !== 0x406 &&
      ext !== 0x407
    )
      return ext === 0x403 || ext === 0x40c || ext === 0x405 ? 'mk' : 'sr';
    if (
      ext >= 0x450 &&
      ext <= 0x45f &&
      ext !== 0x451 &&
      ext !== 0x454 &&
      ext !== 0x456 &&
      ext !== 0x457
    )
      return ext === 0x453 || ext === 0x45c || ext === 0x455 ? 'mk' : 'sr';
    if (c === 0x44b || c === 0x44d || c === 0x44a || ext === 0x451 || ext === 0x401) ru++;
    else if (ext === 0x456 || ext === 0x457 || ext === 0x454 || ext === 0x491) uk += 1.5;
    else if (ext === 0x406 || ext === 0x407 || ext === 0x404 || ext === 0x490) uk += 1.5;
  }
  // Bulgarian and Kazakh pages share Russian's letters; without a Russian or Ukrainian letter the
  // document's own Cyrillic language stands.
  if (hint && hint !== 'ru' && hint !== 'uk' && scriptOfLang(hint) === 'cyrillic' && ru + uk === 0)
    return hint;
  const ws = words(text);
  for (const w of ws) {
    if (CYR_STOP.ru?.has(w)) ru++;
    if (CYR_STOP.uk?.has(w)) uk++;
  }
  if ((hint === 'uk' || hint === 'ru') && Math.abs(uk - ru) <= 1) return hint;
  if (uk > ru) return 'uk';
  if (ru > 0 || letters >= 6) return 'ru';
  return 'und';
}

function detectLatin(text: string, letters: number, hint: string | undefined): string {
  const lower = text.toLowerCase();
  const scores = new Map<string, number>();
  const add = (l: string, n: number): void => void scores.set(l, (scores.get(l) ?? 0) + n);
  for (const w of words(text)) {
    for (const l of LATIN_STOP_INDEX.get(w) ?? []) add(l, 2);
  }
  // A document in a Latin-script language we keep no word list for (pl, cs, tr…): its short
  // function words ("a", "to", "i") would read as English, so only strong evidence overrides it.
  const unscoredHint =
    hint !== undefined && scriptOfLang(hint) === 'latin' && !(hint in LATIN_STOP);
  // Clear stop-word evidence settles it; the letter and affix scans are for short, unclear text.
  const early = bestOf(scores);
  if (!unscoredHint && early.score >= 8 && early.margin >= 6) return early.lang;
  for (const [l, re, weight] of LATIN_MARKS) {
    const n = lower.match(re)?.length ?? 0;
    if (n > 0) add(l, Math.min(n, 6) * weight);
  }
  const best = bestOf(scores);
  if (unscoredHint) {
    const guess = letters >= 50 ? FRANC_TO_ISO1[franc(text, { minLength: 40 })] : undefined;
    if (guess) return guess;
    return best.score >= 8 && best.margin >= 6 ? best.lang : hint;
  }
  // Short text rarely has enough evidence; a close call goes to the document's language.
  const hinted = hint ? (scores.get(hint) ?? 0) : 0;
  if (hint && hinted > 0 && hinted >= best.score - 1.5) return hint;
  if (hint && best.score <= 2 && scriptOfLang(hint) === 'latin') return hint;
  if (best.score >= 2 && best.margin >= 1) return best.lang;
  if (letters >= 50) {
    const guess = FRANC_TO_ISO1[franc(text, { minLength: 40 })];
    if (guess) return guess;
  }
  return best.score >= 1 && best.margin >= 0.5 ? best.lang : 'und';
}

const ADDRESS = /\b[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+|[^\s@]+@[^\s@]+\.\w+|(?:^|\s)\/[\w./-]+/giu;
const mayHaveAddress = (s: string): boolean =>
  s.includes('://') ||
  s.includes('www.') ||
  s.includes('@') ||
  s.includes(' /') ||
  s.startsWith('/');

/**
 * ISO 639-1 code of the text's language, or 'und' when unsure (too few letters, mixed scripts,
 * no evidence). `hint` (e.g. the document's language) wins close calls on short text.
 * Deterministic, O(n) in the text length.
 */
export function detectLanguage(fullText: string, hint?: string): string {
  const text = fullText.length > SAMPLE_CHARS ? fullText.slice(0, SAMPLE_CHARS) : fullText;
  // Addresses are Latin in every language; they must not outvote the prose around them.
  const prose = mayHaveAddress(text) ? text.replace(ADDRESS, ' ') : text;
  const { script, letters, cyrillic } = dominantScript(prose);
  if (letters < 2) return 'und';
  // Russian text names Latin-script products ("Как соотносятся Debian и GNU"); English text rarely
  // carries Cyrillic function words. A fair share of Cyrillic plus one of them decides.
  if (
    script !== 'cyrillic' &&
    (cyrillic >= 0.4 * letters || (cyrillic >= 0.2 * letters && hasCyrillicStopWord(prose)))
  )
    return detectCyrillic(prose, cyrillic, hint);
  if (script === 'none') return 'und';
  if (script === 'cyrillic') return detectCyrillic(prose, letters, hint);
  if (script === 'latin') return detectLatin(prose, letters, hint);
  return SINGLE_SCRIPT_LANG[script] ?? 'und';
}
