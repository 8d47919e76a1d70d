/**
 * HTML export that keeps the imported page: each target paragraph's element (found by
 * Paragraph.path on the page parsed the same way the reader parsed it) gets the row's corrected text,
 * the other paragraphs of a merged row are emptied, chrome is emptied unless kept, and everything
 * that could run code is stripped. A target that was not HTML becomes a plain page.
 */
import type { ExportDocument, ExportSegment } from '../../model';
import { parseHtmlDocument } from '../readers';
import { exportSegments, finalText } from './common';
import { ELEMENT_NODE, sanitize } from './html-dom';
import type { WDocument, WElement, WNode } from './html-dom';
import type { WriteOptions } from './types';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function resolve(doc: WDocument, path: string): WElement | null {
  let el = doc.documentElement;
  if (path === '') return el;
  for (const part of path.split('/')) {
    el = el?.children[Number(part)] ?? null;
    if (!el) return null;
  }
  return el;
}

/** Replaces an element's own text, keeping nested elements that hold other paragraphs. */
function setOwnText(doc: WDocument, el: WElement, text: string, keep: Set<WNode>): void {
  let anchor: WNode | null = null;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === ELEMENT_NODE && keep.has(child)) {
      anchor ??= child;
      continue;
    }
    child.remove();
  }
  if (text !== '') el.insertBefore(doc.createTextNode(text), anchor);
}

function keepSet(elements: Iterable<WElement>): Set<WNode> {
  const keep = new Set<WNode>();
  for (const el of elements) {
    for (let n: WNode | null = el; n && !keep.has(n); n = n.parentNode) keep.add(n);
  }
  return keep;
}

function rewritePage(doc: ExportDocument, options: WriteOptions): string {
  const page = parseHtmlDocument(doc.targetOriginal) as unknown as WDocument;
  const elementOf = new Map<number, WElement>();
  for (const p of doc.targetParagraphs) {
    const el = p.path === undefined ? null : resolve(page, p.path);
    if (el) elementOf.set(p.index, el);
  }
  // Resolve every path before changing anything: removals would shift the indices.
  const keep = keepSet(elementOf.values());
  const kindOf = new Map<number, ExportSegment['kind']>();
  for (const p of doc.targetParagraphs) kindOf.set(p.index, p.kind);
  let lastEl: WElement | null = null;
  const written = new Map<WElement, string>();
  for (const s of exportSegments(doc, { includeChrome: true })) {
    const dropped = s.kind === 'chrome' && !options.includeChrome;
    const els = s.targetIndices
      .map((i) => elementOf.get(i))
      .filter((e): e is WElement => e !== undefined);
    for (const i of s.targetIndices) kindOf.delete(i);
    if (els.length === 0) {
      // A row with no target paragraph (the MT dropped it): add the reviewer's text after the last one.
      const text = finalText(s);
      if (!dropped && text.trim() !== '' && lastEl?.parentNode) {
        const heading = /^h[1-6]$/.test(lastEl.localName);
        const tag =
          s.kind === 'heading'
            ? heading
              ? lastEl.localName
              : 'h2'
            : heading
              ? 'p'
              : lastEl.localName;
        const added = page.createElement(tag);
        added.textContent = text;
        lastEl.parentNode.insertBefore(added, lastEl.nextSibling);
        lastEl = added;
      }
      continue;
    }
    els.forEach((el, k) => {
      // A paragraph the reviewer cut in two keeps one element: its rows' texts share it.
      const text = k === 0 && !dropped ? finalText(s) : '';
      const joined = [written.get(el) ?? '', text].filter((t) => t !== '').join(' ');
      written.set(el, joined);
      setOwnText(page, el, joined, keep);
    });
    lastEl = els[els.length - 1] ?? lastEl;
  }
  // Paragraphs no row covers keep their text, unless they are chrome being left out.
  for (const [index, kind] of kindOf) {
    const el = elementOf.get(index);
    if (el && kind === 'chrome' && !options.includeChrome) setOwnText(page, el, '', keep);
  }
  sanitize(page);
  return page.toString();
}

function plainPage(doc: ExportDocument, options: WriteOptions): string {
  const lang = escapeHtml(doc.targetLang);
  let body = '';
  for (const s of exportSegments(doc, options)) {
    const text = finalText(s);
    if (text.trim() === '') continue;
    const heading = /^(#{1,6})\s+(.*)$/s.exec(text);
    if (heading && doc.targetFormat === 'md') {
      const level = heading[1]?.length ?? 2;
      body += `<h${level}>${escapeHtml(heading[2] ?? '')}</h${level}>\n`;
    } else if (s.kind === 'heading') body += `<h2>${escapeHtml(text)}</h2>\n`;
    else body += `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>\n`;
  }
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(doc.name)}</title>\n</head>\n<body>\n${body}</body>\n</html>\n`;
}

/** The corrected page as HTML (structure of an imported HTML target kept, scripts stripped). */
export function* writeHtml(doc: ExportDocument, options: WriteOptions = {}): Generator<string> {
  yield doc.targetFormat === 'html' ? rewritePage(doc, options) : plainPage(doc, options);
}
