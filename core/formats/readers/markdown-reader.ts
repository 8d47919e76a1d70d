import type { ReadBlock } from './types';

/**
 * Markdown (CommonMark subset) into blocks: ATX and setext headings, paragraphs with soft wraps
 * joined, list items and table rows as their own blocks, fenced code kept verbatim. Inline markup is
 * flattened to its visible text; link text is counted for link density.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const TABLE_ROW = /^[ \t]*\|(.*)$/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const REF_DEF = /^ {0,3}\[[^\]]+\]:\s+\S+/;
const QUOTE = /^ {0,3}>[ \t]?/;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  hellip: '…',
};

const letterCount = (s: string): number => s.replace(/[\s\p{P}\p{S}]+/gu, '').length;

/** Visible text of one Markdown inline run, and how many of its letters are link text. */
export function flattenInline(src: string): { text: string; linkLetters: number } {
  let linkLetters = 0;
  const text = src
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g, (_m, label: string) => {
      linkLetters += letterCount(label);
      return label;
    })
    .replace(/<(https?:\/\/[^>\s]+)>/g, (_m, url: string) => {
      linkLetters += letterCount(url);
      return url;
    })
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`+([^`]+)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])([*_])(?=\S)([^*_]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, name: string) => {
      if (name.startsWith('#')) {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000
          ? String.fromCodePoint(code)
          : m;
      }
      return ENTITIES[name.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+/g, ' ')
    .trim();
  return { text, linkLetters };
}

/** Reads Markdown into blocks (see file comment). Pure, O(n). */
export function readMarkdown(markdown: string): ReadBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: ReadBlock[] = [];
  let group = 0;
  let para: string[] = [];
  let paraList = false;
  let listGroup = -1;
  let blankSinceList = 0;

  const emit = (raw: string, extra: Partial<ReadBlock>): void => {
    const { text, linkLetters } = flattenInline(raw);
    if (text === '') return;
    const letters = letterCount(text);
    out.push({
      text,
      linkDensity: letters > 0 ? Math.min(1, linkLetters / letters) : 0,
      group: extra.group ?? ++group,
      listItem: false,
      ...extra,
    });
  };
  const flush = (): void => {
    if (para.length === 0) return;
    const raw = para.join(' ');
    para = [];
    if (paraList) emit(raw, { group: listGroup, listItem: true });
    else emit(raw, {});
  };

  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, n) => n > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) i = end + 1;
  }
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(QUOTE, '').replace(QUOTE, '');
    if (line.trim() === '') {
      flush();
      blankSinceList++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const marker = fence[1] ?? '```';
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marker); i++)
        body.push(lines[i] ?? '');
      const text = body.join('\n').replace(/\s+$/, '');
      if (text.trim() !== '')
        out.push({ text, linkDensity: 0, group: ++group, listItem: false, preformatted: true });
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      emit(atx[2] ?? '', { headingLevel: (atx[1] ?? '#').length });
      continue;
    }
    if (para.length > 0 && !paraList && SETEXT.test(line)) {
      const raw = para.join(' ');
      para = [];
      emit(raw, { headingLevel: line.trim().startsWith('=') ? 1 : 2 });
      continue;
    }
    if (BREAK.test(line) || REF_DEF.test(line) || (TABLE_RULE.test(line) && line.includes('-'))) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      if (listGroup < 0 || (!paraList && blankSinceList > 1)) listGroup = ++group;
      paraList = true;
      blankSinceList = 0;
      para.push(item[1] ?? '');
      continue;
    }
    const row = TABLE_ROW.exec(line);
    if (row) {
      flush();
      const cells = (row[1] ?? '')
        .split('|')
        .map((c) => c.trim())
        .filter((c) => c !== '');
      if (!paraList || listGroup < 0) listGroup = ++group;
      paraList = true;
      emit(cells.join(' | '), { group: listGroup, listItem: true });
      continue;
    }
    if (para.length === 0 && paraList && blankSinceList > 0 && !/^\s{2,}/.test(line)) {
      paraList = false;
      listGroup = -1;
    }
    blankSinceList = 0;
    para.push(line.trim());
  }
  flush();
  return out;
}
