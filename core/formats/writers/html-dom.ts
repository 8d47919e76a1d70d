/**
 * The mutable slice of linkedom's DOM the HTML writer uses, and the sanitiser that makes an imported
 * page safe to hand back: no scripts, embedded frames or objects, event handlers or script URLs.
 */

export type WNode = {
  readonly nodeType: number;
  readonly parentNode: WNode | null;
  readonly nextSibling: WNode | null;
  readonly childNodes: ArrayLike<WNode>;
  textContent: string | null;
  remove(): void;
  insertBefore(node: WNode, ref: WNode | null): WNode;
  appendChild(node: WNode): WNode;
};

export type WElement = WNode & {
  readonly localName: string;
  readonly children: ArrayLike<WElement>;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<WElement>;
};

export type WDocument = {
  readonly documentElement: WElement | null;
  createTextNode(text: string): WNode;
  createElement(name: string): WElement;
  querySelectorAll(selector: string): ArrayLike<WElement>;
  toString(): string;
};

export const ELEMENT_NODE = 1;

const DANGEROUS_ELEMENTS = 'script,noscript,iframe,frame,frameset,object,embed,applet,base,portal';
const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'ping',
  'lowsrc',
  'dynsrc',
]);
// Browsers ignore ASCII whitespace and control characters inside the scheme ("java\tscript:").
const SCRIPT_URL = /^(?:javascript|vbscript|data:text\/html|data:image\/svg)/;

/** Removes everything that could run code when the exported page is opened. */
export function sanitize(doc: WDocument): void {
  for (const el of Array.from(doc.querySelectorAll(DANGEROUS_ELEMENTS))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    if ((el.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      // eslint-disable-next-line no-control-regex -- browsers skip these inside a URL scheme
      const value = attr.value.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc') el.removeAttribute(attr.name);
      else if ((URL_ATTRS.has(name) || name.endsWith(':href')) && SCRIPT_URL.test(value))
        el.removeAttribute(attr.name);
      else if (name === 'srcset' && value.includes('javascript:')) el.removeAttribute(attr.name);
    }
  }
}
