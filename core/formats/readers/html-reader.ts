import type { ReadBlock } from './types';
import type { HtmlElement, HtmlNode } from './html-dom';
import { ELEMENT_NODE, TEXT_NODE, parseHtmlDocument } from './html-dom';
import { countWords } from './count-words';
import { elementHint, plainElementHint } from './html-hints';

// Never text for a reader: code, styling, templates, embedded media and forms' option lists.
const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
]);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'button',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const LISTS = new Set(['ul', 'ol', 'dl', 'menu', 'table']);
const ITEMS = new Set(['li', 'dt', 'dd', 'td', 'th']);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const MAX_DEPTH = 1500;

// One hint with the element that carries it, so an over-broad hint (a "nav" wrapper around the whole
// page) can be discarded after the walk, once we know how much text it covers.
type Hint = { reason: string; owner: number };

type Ctx = {
  path: string;
  hints: readonly Hint[];
  inLink: boolean;
  pre: boolean;
  inContent: boolean;
  heading?: number;
  group: number;
  listItem: boolean;
};

type Pending = { block: ReadBlock; hints: readonly Hint[] };

const LINE_BREAK = '\u2028';

/** Collapses HTML whitespace the way a browser renders it; `<br>` survives as '\n'. */
function renderText(raw: string): string {
  if (!raw.includes(LINE_BREAK)) return raw.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
  return raw
    .replace(/[ \t\n\r\f\u00a0]+/g, ' ')
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

class HtmlWalker {
  readonly out: Pending[] = [];
  readonly ownerChars = new Map<number, number>();
  readonly ownerProse = new Map<number, number>();
  private parts: string[] = [];
  private letters = 0;
  private linkLetters = 0;
  private owner: Ctx | null = null;
  private nextId = 1;

  flush(): void {
    const ctx = this.owner;
    const raw = this.parts.join('');
    this.parts = [];
    const letters = this.letters;
    const linkLetters = this.linkLetters;
    this.letters = 0;
    this.linkLetters = 0;
    if (!ctx) return;
    const text = ctx.pre ? raw.replace(/^\n+|\s+$/g, '') : renderText(raw);
    // A block with no letter or digit ("|", "•", a stray ".") is decoration, not a paragraph.
    if (!ctx.pre && !/[\p{L}\p{N}]/u.test(text)) return;
    if (text.trim() === '') return;
    const block: ReadBlock = {
      text,
      path: ctx.path,
      linkDensity: letters > 0 ? linkLetters / letters : 0,
      group: ctx.group,
      listItem: ctx.listItem,
    };
    if (ctx.heading) block.headingLevel = ctx.heading;
    if (ctx.pre) block.preformatted = true;
    const words = countWords(text);
    const prose =
      block.linkDensity < 0.3 && (words >= 20 || (words >= 12 && /[.!?…]/.test(text))) ? 1 : 0;
    for (const h of ctx.hints) {
      this.ownerChars.set(h.owner, (this.ownerChars.get(h.owner) ?? 0) + text.length);
      this.ownerProse.set(h.owner, (this.ownerProse.get(h.owner) ?? 0) + prose);
    }
    this.out.push({ block, hints: ctx.hints });
  }

  text(value: string, ctx: Ctx): void {
    this.parts.push(ctx.pre ? value : value.replace(/\u2028/g, ' '));
    let n = 0;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code > 0x20 && code !== 0xa0) n++;
    }
    this.letters += n;
    if (ctx.inLink) this.linkLetters += n;
  }

  // Element-child indices from documentElement down to the current element; joined into a path
  // string only for block elements (inline ones never own a paragraph).
  private readonly indices: number[] = [];

  element(el: HtmlElement, ctx: Ctx, depth: number): void {
    const tag = el.localName;
    if (DROPPED.has(tag)) return;
    if (tag === 'br') {
      this.parts.push(ctx.pre ? '\n' : LINE_BREAK);
      return;
    }
    const block = BLOCKS.has(tag) && depth < MAX_DEPTH;
    // Most elements carry no attributes; skip the attribute lookups for them (hot path).
    const attributed = el.hasAttributes();
    const reason = attributed
      ? elementHint(el, ctx.inContent)
      : plainElementHint(tag, ctx.inContent);
    const inLink = tag === 'a' && attributed && el.getAttribute('href') !== null;
    const level =
      HEADINGS[tag] ?? (attributed && el.getAttribute('role') === 'heading' ? headingLevel(el) : 0);
    // Plain inline markup (span, b, em, code…) changes nothing: reuse the context object.
    if (
      !block &&
      !reason &&
      !inLink &&
      !level &&
      tag !== 'pre' &&
      !LISTS.has(tag) &&
      !ITEMS.has(tag)
    ) {
      this.children(el, ctx, depth);
      return;
    }
    const next: Ctx = { ...ctx, path: block ? this.indices.join('/') : ctx.path };
    if (reason) next.hints = [...ctx.hints, { reason, owner: this.nextId++ }];
    if (inLink) next.inLink = true;
    if (tag === 'pre') next.pre = true;
    if (tag === 'main' || tag === 'article') next.inContent = true;
    if (level) next.heading = level;
    if (LISTS.has(tag)) {
      next.group = this.nextId++;
      next.listItem = false;
    } else if (ITEMS.has(tag)) next.listItem = true;
    else if (block && !LISTS.has(tag) && tag !== 'tr' && tag !== 'tbody' && tag !== 'thead') {
      if (!ctx.listItem) next.group = this.nextId++;
    }
    if (!block) {
      this.children(el, next, depth);
      return;
    }
    this.flush();
    const saved = this.owner;
    this.owner = next;
    this.children(el, next, depth);
    this.flush();
    this.owner = saved;
  }

  children(el: HtmlNode, ctx: Ctx, depth: number): void {
    // Sibling links, not childNodes: linkedom builds a fresh array for every childNodes read.
    let elementIndex = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE) this.text(node.nodeValue ?? '', ctx);
      else if (node.nodeType === ELEMENT_NODE) {
        this.indices.push(elementIndex);
        this.element(node as HtmlElement, ctx, depth + 1);
        this.indices.pop();
        elementIndex++;
      }
    }
  }
}

function headingLevel(el: HtmlElement): number {
  const level = Number(el.getAttribute('aria-level') ?? '2');
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

// A hint whose element holds much of the page's text, prose included, is a page-state class on a
// wrapper ("menu-open", "has-sidebar"), not chrome.
const MAX_HINT_SHARE = 0.4;
// Sectioning hints that real pages also use around prose (a preamble in <header>, an article's
// <aside>): with two prose paragraphs inside they are content.
const PROSE_BREAKS = new Set(['header', 'footer', 'aside', 'related', 'comments']);

/**
 * Reads an HTML page into blocks: block elements become blocks, inline markup is flattened with
 * browser spacing, script/style/noscript/template are dropped, entities decoded. Scripts never run.
 */
export function readHtml(html: string): ReadBlock[] {
  const doc = parseHtmlDocument(html);
  const root = doc.documentElement;
  if (!root) return [];
  const walker = new HtmlWalker();
  const ctx: Ctx = {
    path: '',
    hints: [],
    inLink: false,
    pre: false,
    inContent: false,
    group: 0,
    listItem: false,
  };
  walker.element(root, ctx, 0);
  walker.flush();
  const total = walker.out.reduce((sum, p) => sum + p.block.text.length, 0);
  return walker.out.map(({ block, hints }) => {
    const hint = hints.find((h) => {
      const prose = walker.ownerProse.get(h.owner) ?? 0;
      const share = (walker.ownerChars.get(h.owner) ?? 0) / Math.max(1, total);
      return prose < 2 || (share <= MAX_HINT_SHARE && !PROSE_BREAKS.has(h.reason));
    });
    if (hint) block.chromeHint = hint.reason;
    return block;
  });
}
