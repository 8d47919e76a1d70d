import type { Paragraph, SegmentedDocument, SourceFormat, SplitMode } from '../model';
import type { ReadBlock } from '../formats';
import { readHtml, readMarkdown } from '../formats';
import { classifyBlocks } from './classify';
import type { ChromeDecisions } from './decisions';
import { detectLanguage, dominantScript, scriptOfLang } from './language';
import { splitText } from './split-text';

export type SegmentOptions = {
  format: SourceFormat;
  /** File name, for messages and format-specific choices; not read from disk. */
  name: string;
  split?: SplitMode;
  /** Declared language of the document (ISO 639-1). */
  lang?: string;
  /** Source language: paragraphs in it are `untranslated` (when the document is not in it). */
  sourceLang?: string;
  decisions?: ChromeDecisions;
  /** normaliseForDecision keys of lines recurring across the project's documents. */
  repeatedLines?: ReadonlySet<string>;
};

// Below this length the identifier's evidence is thin, so the document's language breaks ties.
const SHORT_TEXT = 200;

function readBlocks(text: string, format: SourceFormat, split: SplitMode): ReadBlock[] {
  if (format === 'html') return readHtml(text);
  if (format === 'md') return split === 'auto' ? readMarkdown(text) : splitText(text, split);
  return splitText(text, split);
}

// 'en-US', 'EN', 'pt_BR' → 'en', 'en', 'pt': paragraphs carry bare ISO 639-1 codes.
const primaryTag = (lang: string | undefined): string | undefined =>
  lang === undefined || lang.trim() === '' ? undefined : lang.trim().toLowerCase().split(/[-_]/)[0];

// The document's language by letters of confidently identified body text.
function dominantLanguage(paragraphs: readonly Paragraph[]): string {
  const weight = new Map<string, number>();
  for (const p of paragraphs) {
    if (p.lang === 'und' || p.kind === 'chrome') continue;
    weight.set(p.lang, (weight.get(p.lang) ?? 0) + p.text.length);
  }
  let best = 'und';
  let bestWeight = 0;
  for (const [lang, w] of weight) {
    if (w > bestWeight) {
      best = lang;
      bestWeight = w;
    }
  }
  return best;
}

/**
 * Reads `text` as the given format, cuts it into paragraphs and labels each with kind, language and
 * `untranslated`. Pure: the caller decodes the file. Short paragraphs the identifier is unsure of
 * take the document's language when they are in its script. O(n) in the text length.
 */
export function segmentDocument(text: string, options: SegmentOptions): SegmentedDocument {
  const blocks = readBlocks(text, options.format, options.split ?? 'auto');
  const classes = classifyBlocks(blocks, options);
  const declared = primaryTag(options.lang);
  const paragraphs: Paragraph[] = blocks.map((block, index) => {
    const c = classes[index] ?? { kind: 'body' };
    const p: Paragraph = {
      index,
      text: block.text,
      kind: c.kind,
      lang: detectLanguage(block.text, declared),
      untranslated: false,
    };
    if (block.path !== undefined) p.path = block.path;
    if (c.chromeReason) p.chromeReason = c.chromeReason;
    return p;
  });

  const docLang = declared ?? dominantLanguage(paragraphs);
  const docScript = scriptOfLang(docLang);
  const sourceLang = primaryTag(options.sourceLang);
  for (const p of paragraphs) {
    if (!declared && docLang !== 'und' && p.lang !== docLang && p.text.length < SHORT_TEXT)
      p.lang = detectLanguage(p.text, docLang);
    if (p.lang === 'und' && docScript !== 'none') {
      const { script, letters } = dominantScript(p.text);
      if (letters >= 2 && script === docScript) p.lang = docLang;
    }
    // Code and command lines are not prose in any language: never "untranslated".
    if (blocks[p.index]?.preformatted) continue;
    if (p.lang === 'und' || docLang === 'und' || p.lang === docLang) continue;
    p.untranslated = sourceLang ? p.lang === sourceLang : declared !== undefined;
  }
  return { format: options.format, paragraphs };
}
