/**
 * Plain-text and Markdown exports of the corrected translation: one paragraph per row, separated by
 * a blank line. Markdown keeps the block markers (ATX heading level, list bullet) of the imported
 * target paragraph, which the reader strips from the paragraph text.
 */
import type { ExportDocument, ExportSegment } from '../../model';
import { flattenInline } from '../readers';
import { exportSegments, finalText } from './common';
import type { WriteOptions } from './types';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;
const MD_MARKER = /^ {0,3}(#{1,6}[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|>)/;

const key = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Block marker per flattened line text, read from the original Markdown ("## ", "- ", "1. ", "> "). */
export function markdownMarkers(original: string): Map<string, string> {
  const markers = new Map<string, string>();
  const lines = original.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const put = (text: string, marker: string): void => {
      const k = key(flattenInline(text).text);
      if (k && !markers.has(k)) markers.set(k, marker);
    };
    const atx = ATX.exec(line);
    if (atx) return put(atx[2] ?? '', `${atx[1] ?? '#'} `);
    const next = lines[i + 1];
    const setext = next !== undefined && line.trim() !== '' ? SETEXT.exec(next) : null;
    if (setext && !LIST_ITEM.test(line))
      return put(line, (setext[1] ?? '=').startsWith('=') ? '# ' : '## ');
    const item = LIST_ITEM.exec(line);
    if (item) return put(item[2] ?? '', `${item[1] ?? '-'} `);
    const quote = QUOTE.exec(line);
    if (quote) put(quote[1] ?? '', '> ');
  });
  return markers;
}

function markdownParagraph(
  doc: ExportDocument,
  s: ExportSegment,
  markers: Map<string, string> | null,
): string {
  const text = finalText(s);
  if (MD_MARKER.test(text)) return text; // the reviewer kept (or typed) the marker
  const first = s.targetIndices[0];
  const para = first === undefined ? undefined : doc.targetParagraphs[first];
  const marker = para && markers ? markers.get(key(para.text)) : undefined;
  if (marker) return marker + text;
  return s.kind === 'heading' ? `## ${text}` : text;
}

function* paragraphs(doc: ExportDocument, options: WriteOptions, md: boolean): Generator<string> {
  const markers = md && doc.targetFormat === 'md' ? markdownMarkers(doc.targetOriginal) : null;
  let first = true;
  for (const s of exportSegments(doc, options)) {
    const text = md ? markdownParagraph(doc, s, markers) : finalText(s);
    if (text.trim() === '') continue;
    yield first ? text : `\n\n${text}`;
    first = false;
  }
  if (!first) yield '\n';
}

/** The corrected text, paragraphs separated by a blank line (MT where no correction exists). */
export function writeTxt(doc: ExportDocument, options: WriteOptions = {}): Iterable<string> {
  return paragraphs(doc, options, false);
}

/** The corrected text as Markdown, keeping heading levels and list markers of the imported page. */
export function writeMd(doc: ExportDocument, options: WriteOptions = {}): Iterable<string> {
  return paragraphs(doc, options, true);
}
