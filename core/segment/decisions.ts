import { countWords } from '../formats';

/** A reviewer's ruling on one paragraph text, reused wherever the same text turns up again. */
export type ChromeDecision = 'chrome' | 'not-chrome';

/** Decisions keyed by normaliseForDecision(text); they override the classifier. */
export type ChromeDecisions = ReadonlyMap<string, ChromeDecision>;

/**
 * The key under which a paragraph's chrome decision (and cross-document repetition) is stored:
 * Unicode-compatibility folded, lower-cased, whitespace collapsed, digit runs replaced by "0" (so a
 * counter or date in a repeated line does not make it a new line), surrounding decoration dropped.
 */
export function normaliseForDecision(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\d+/g, '0')
    .replace(/\s+/g, ' ')
    .replace(/^[\s|•·▪►›»→←*:–—-]+|[\s|•·▪►›»→←*:–—-]+$/gu, '')
    .trim();
}

/**
 * Lines that recur in at least `minDocuments` of the given documents (each a list of paragraph
 * texts), as decision keys: feed the result to segmentDocument's `repeatedLines`. Long prose is
 * skipped (a quoted paragraph is not chrome). O(total text).
 */
export function findRepeatedLines(
  documents: ReadonlyArray<ReadonlyArray<string>>,
  minDocuments = 2,
  maxWords = 40,
): Set<string> {
  const seen = new Map<string, number>();
  for (const paragraphs of documents) {
    const keys = new Set<string>();
    for (const text of paragraphs) {
      if (countWords(text) > maxWords) continue;
      const key = normaliseForDecision(text);
      if (key !== '') keys.add(key);
    }
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [key, count] of seen) if (count >= Math.max(2, minDocuments)) out.add(key);
  return out;
}
