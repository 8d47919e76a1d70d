import { parseHTML } from 'linkedom';

/**
 * The few DOM node members the readers use. linkedom's own typings refer to the DOM lib, which core
 * does not load, so we describe the shape we rely on instead of importing theirs.
 */
export type HtmlNode = {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly firstChild: HtmlNode | null;
  readonly nextSibling: HtmlNode | null;
  readonly localName?: string;
  getAttribute?(name: string): string | null;
};

export type HtmlElement = HtmlNode & {
  readonly localName: string;
  readonly children: ArrayLike<HtmlElement>;
  getAttribute(name: string): string | null;
  hasAttributes(): boolean;
};

export type HtmlDocument = { readonly documentElement: HtmlElement | null };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

// linkedom makes the first element the documentElement when a fragment has no <html>; wrap such
// input so paths always start at <html> the way a browser builds the page.
const HAS_HTML_TAG = /<html[\s>]/i;
const PROLOGUE = /^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*/i;

/**
 * Parses an HTML page (or fragment) without running anything in it. Writers that put text back by
 * Paragraph.path must parse with this same function so the element indices agree.
 */
export function parseHtmlDocument(html: string): HtmlDocument {
  let source = html;
  if (!HAS_HTML_TAG.test(html)) {
    const prologue = PROLOGUE.exec(html)?.[0] ?? '';
    source = `${prologue}<html><head></head><body>${html.slice(prologue.length)}</body></html>`;
  }
  const parsed: unknown = parseHTML(source);
  return (parsed as { document: HtmlDocument }).document;
}

/** Element-child index path of `child` under a parent path ('' is documentElement). */
export const childPath = (parent: string, index: number): string =>
  parent === '' ? String(index) : `${parent}/${index}`;
