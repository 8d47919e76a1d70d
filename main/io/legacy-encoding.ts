import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Picks the single-byte (or CJK multi-byte) encoding of bytes that are not valid UTF-8. chardet's
 * guesses, an HTML page's own <meta charset>, and the Cyrillic code pages a Russian page comes in
 * are all decoded and scored for plausibility (real words have sane letter case, Cyrillic text has
 * its common letters, Latin words are mostly ASCII); the most plausible decoding wins.
 */

const CYRILLIC_PAGES = ['windows-1251', 'koi8-r', 'koi8-u', 'ibm866', 'iso-8859-5'];
const WESTERN_PAGES = ['windows-1252', 'iso-8859-2', 'windows-1250'];
const COMMON_CYRILLIC = new Set('оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё');
const TOP_CYRILLIC = new Set('оеаинтсрвл');
const SAMPLE = 256 * 1024;

const NAME_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  'x-mac-cyrillic': 'maccyrillic',
};

// A Buffer over the same memory: decoding a 64 MB upload should not copy it first.
const view = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = iconv.decode(view(bytes.subarray(0, 4096)), 'latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Higher is more plausible. Counts words, not bytes, so long and short texts compare alike. */
export function plausibility(text: string): number {
  let score = 0;
  const bad = text.match(/[\u0080-\u009f\ufffd\u2500-\u25ff]/g)?.length ?? 0;
  score -= 3 * bad;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    if (/^[A-Za-z]+$/.test(word)) continue;
    const caseOk = /^\p{Lu}?\p{Ll}+$/u.test(word) || (/^\p{Lu}+$/u.test(word) && word.length <= 5);
    let wordScore = caseOk ? 1 : -1;
    if (/\p{Script=Cyrillic}/u.test(word)) {
      const lower = word.toLowerCase();
      let common = 0;
      let top = 0;
      for (const ch of lower) {
        if (COMMON_CYRILLIC.has(ch)) common++;
        if (TOP_CYRILLIC.has(ch)) top++;
      }
      wordScore += common === lower.length ? 0.5 : -1;
      wordScore += top / lower.length - 0.3;
      if (/[A-Za-z]/.test(word)) wordScore -= 1;
    } else {
      const nonAscii = word.replace(/[A-Za-z]/g, '').length;
      if (nonAscii * 2 > word.length) wordScore -= 1.5;
    }
    score += wordScore;
  }
  return score;
}

/** The most plausible legacy encoding for `bytes` (iconv-lite name) and the decoded text. */
export function decodeLegacy(bytes: Uint8Array): { encoding: string; text: string; score: number } {
  const sample = view(bytes.subarray(0, SAMPLE));
  const candidates: string[] = [];
  const push = (name: string | undefined): void => {
    if (!name) return;
    const canonical = NAME_ALIASES[name.toLowerCase()] ?? name.toLowerCase();
    if (iconv.encodingExists(canonical) && !candidates.includes(canonical))
      candidates.push(canonical);
  };
  push(declaredCharset(bytes));
  for (const match of chardet.analyse(bytes.subarray(0, SAMPLE)).slice(0, 4)) push(match.name);
  for (const name of [...CYRILLIC_PAGES, ...WESTERN_PAGES]) push(name);
  candidates.splice(candidates.indexOf('utf-8') >>> 0, candidates.includes('utf-8') ? 1 : 0);

  let best = { encoding: 'windows-1252', score: -Infinity };
  for (const encoding of candidates) {
    const score = plausibility(iconv.decode(sample, encoding));
    // Earlier candidates (declared, then chardet's order) win ties.
    if (score > best.score) best = { encoding, score };
  }
  return { ...best, text: iconv.decode(view(bytes), best.encoding) };
}
