import type { HtmlElement } from './html-dom';

/**
 * Chrome hints an element carries by HTML semantics: sectioning tags, ARIA roles, hidden state and
 * the words sites use in class and id for menus, banners, consent boxes, adverts and share bars.
 */

const TAG_HINTS: Record<string, string> = {
  nav: 'nav',
  aside: 'aside',
  menu: 'nav',
  button: 'control',
};

const ROLE_HINTS: Record<string, string> = {
  navigation: 'nav',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
  search: 'search',
  menu: 'nav',
  menubar: 'nav',
  toolbar: 'nav',
  tablist: 'nav',
  dialog: 'dialog',
  alertdialog: 'dialog',
};

// Exact class/id tokens. Prefix rules below catch compounds (navbar, menuItem, cookieBanner…).
const TOKEN_HINTS: Record<string, string> = {
  breadcrumb: 'nav',
  breadcrumbs: 'nav',
  pagination: 'nav',
  pager: 'nav',
  toc: 'nav',
  skip: 'nav',
  skiplink: 'nav',
  topbar: 'header',
  masthead: 'header',
  header: 'header',
  footer: 'footer',
  sidebar: 'aside',
  widget: 'aside',
  consent: 'cookie',
  gdpr: 'cookie',
  cmp: 'cookie',
  ad: 'advert',
  ads: 'advert',
  adv: 'advert',
  adsbygoogle: 'advert',
  sponsored: 'advert',
  promo: 'advert',
  share: 'share',
  sharing: 'share',
  social: 'share',
  addthis: 'share',
  sharethis: 'share',
  related: 'related',
  recommended: 'related',
  subscribe: 'subscribe',
  subscription: 'subscribe',
  newsletter: 'subscribe',
  popup: 'popup',
  modal: 'popup',
  comments: 'comments',
};

const PREFIX_HINTS: ReadonlyArray<readonly [string, string]> = [
  ['nav', 'nav'],
  ['menu', 'nav'],
  ['breadcrumb', 'nav'],
  ['cookie', 'cookie'],
  ['advert', 'advert'],
  ['sponsor', 'advert'],
  ['footer', 'footer'],
  ['sidebar', 'aside'],
  ['social', 'share'],
];

// Tokens saying "this is the content": a header/footer class next to them is the article's own.
const CONTENT_TOKENS = new Set([
  'article',
  'post',
  'entry',
  'story',
  'content',
  'main',
  'title',
  'section',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// Wrappers whose class lists describe page state ("menu-open", "has-sidebar"), never chrome.
const NEVER_HINTED = new Set(['html', 'body', 'main', 'article']);

function tokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

// Class lists repeat across a page; remember each one's answer ('' = no hint).
const tokenCache = new Map<string, string>();

function hintFromTokens(value: string, heading: boolean): string | undefined {
  const hint = cachedHint(value);
  // "section-header", "page-header" on a heading element name its role in the section, not chrome.
  return heading && (hint === 'header' || hint === 'footer') ? undefined : hint;
}

function cachedHint(value: string): string | undefined {
  const cached = tokenCache.get(value);
  if (cached !== undefined) return cached === '' ? undefined : cached;
  const hint = computeHint(value);
  if (tokenCache.size < 10000) tokenCache.set(value, hint ?? '');
  return hint;
}

function computeHint(value: string): string | undefined {
  const toks = tokens(value);
  const content = toks.some((t) => CONTENT_TOKENS.has(t));
  for (const t of toks) {
    let hint = TOKEN_HINTS[t];
    if (!hint) hint = PREFIX_HINTS.find(([prefix]) => t.startsWith(prefix))?.[1];
    if (!hint) continue;
    if (content && (hint === 'header' || hint === 'footer')) continue;
    return hint;
  }
  return undefined;
}

/** True when the element is not rendered (hidden attribute, aria-hidden, inline display:none). */
export function isHidden(el: HtmlElement): boolean {
  if (el.getAttribute('hidden') !== null) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** The hint of an element without attributes: its tag alone. */
export function plainElementHint(tag: string, inContent: boolean): string | undefined {
  const byTag = TAG_HINTS[tag];
  if (byTag) return byTag;
  return (tag === 'header' || tag === 'footer') && !inContent ? tag : undefined;
}

/**
 * The chrome hint this element itself carries, or undefined. `inContent` is true inside
 * article/main, where header and footer are the article's own, not the site's.
 */
export function elementHint(el: HtmlElement, inContent: boolean): string | undefined {
  const tag = el.localName;
  if (NEVER_HINTED.has(tag)) return undefined;
  if (isHidden(el)) return 'hidden';
  const byTag = plainElementHint(tag, inContent);
  if (byTag) return byTag;
  const role = el.getAttribute('role');
  if (role) {
    const byRole = ROLE_HINTS[role.trim().toLowerCase()];
    if (byRole) return byRole;
  }
  const cls = el.getAttribute('class');
  const heading = HEADING_TAGS.has(tag);
  const byClass = cls ? hintFromTokens(cls, heading) : undefined;
  if (byClass) return byClass;
  // A heading's id is a slug of its own text ("related-work", "comments"), not a role.
  const id = heading ? null : el.getAttribute('id');
  return id ? hintFromTokens(id, heading) : undefined;
}
