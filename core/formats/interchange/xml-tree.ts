/**
 * A small, typed XML tree over fast-xml-parser (order-preserving mode), built one unit at a time.
 * Entity handling is ours: only the five predefined entities and character references are expanded,
 * never DTD entities, so a hostile file cannot blow up (billion laughs) and "&amp;lt;" stays "&lt;".
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../model';
import { elementTexts, startTagText } from './xml-scan';

export type XElement = {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XChild[];
};
export type XChild = XElement | string;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REF = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;

function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(
    REF,
    (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return PREDEFINED[name] ?? m;
      const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    },
  );
}

// XML end-of-line handling for text, attribute-value normalisation for attributes (XML 1.0 §2.11, §3.3.3).
const decodeText = (raw: string): string => decode(raw.replace(/\r\n?/g, '\n'));
const decodeAttr = (raw: string): string => decode(raw.replace(/\r\n|[\t\n\r]/g, ' '));

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
});

type Raw = Record<string, unknown>;

function convert(items: unknown, out: XChild[]): void {
  if (!Array.isArray(items)) return;
  for (const item of items as Raw[]) {
    for (const key of Object.keys(item)) {
      if (key === ':@') continue;
      const value = item[key];
      if (key === '#text') out.push(decodeText(String(value)));
      else if (key === '#cdata') {
        // CDATA is literal text: no entity decoding.
        if (Array.isArray(value))
          for (const c of value as Raw[]) if (typeof c['#text'] === 'string') out.push(c['#text']);
      } else if (!key.startsWith('?') && !key.startsWith('!')) {
        const attrs: Record<string, string> = {};
        const rawAttrs = item[':@'];
        if (rawAttrs && typeof rawAttrs === 'object') {
          for (const [k, v] of Object.entries(rawAttrs as Raw)) attrs[k] = decodeAttr(String(v));
        }
        const children: XChild[] = [];
        convert(value, children);
        out.push({ name: key, local: key.slice(key.indexOf(':') + 1), attrs, children });
      }
    }
  }
}

/** Parses one well-formed XML fragment (a single element) into the tree. */
export function parseFragment(xml: string): XElement | undefined {
  const out: XChild[] = [];
  convert(parser.parse(xml), out);
  return out.find((c): c is XElement => typeof c !== 'string');
}

/** Checks the whole text is well-formed XML; throws InputError naming `file` when it is not. */
export function checkWellFormed(text: string, file: string): void {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new InputError(file, `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
}

/** Name and attributes (no children) of the first element named `local`, or of the root element. */
export function startTag(text: string, local?: string): XElement | undefined {
  const tag = startTagText(text, local);
  return tag ? parseFragment(tag.endsWith('/>') ? tag : `${tag.slice(0, -1)}/>`) : undefined;
}

/** The root element's name and attributes: enough to tell the format and languages. */
export function rootElement(text: string, file: string): XElement {
  const root = startTag(text);
  if (!root) throw new InputError(file, 'no root element');
  return root;
}

/** Each outermost element with one of these local names, parsed on its own (see xml-scan). */
export function* elementsIn(text: string, names: readonly string[]): Generator<XElement> {
  for (const xml of elementTexts(text, new Set(names))) {
    const el = parseFragment(xml);
    if (el) yield el;
  }
}

export const elements = (el: XElement, local?: string): XElement[] =>
  el.children.filter(
    (c): c is XElement => typeof c !== 'string' && (local === undefined || c.local === local),
  );

export const first = (el: XElement | undefined, local: string): XElement | undefined =>
  el ? elements(el, local)[0] : undefined;

/**
 * Visible text of an element. Inline codes that stand for native markup (TMX bpt/ept/ph/it/ut,
 * XLIFF 1.2 x/bx/ex/ph/bpt/ept/it, XLIFF 2.0 ph/sc/ec) contribute nothing; wrappers (g, pc, mrk, hi)
 * contribute their text.
 */
export function textOf(el: XElement | undefined): string {
  if (!el) return '';
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else if (!CODES.has(c.local)) out += textOf(c);
  }
  return out;
}

const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'x', 'bx', 'ex', 'sc', 'ec', 'sub']);
