import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HtmlElement } from '../../../core/formats';
import { parseHtmlDocument, readHtml } from '../../../core/formats';
import { segmentDocument } from '../../../core/segment';

const NEWS = readFileSync(
  new URL('../../fixtures/segment/news-page.en.html', import.meta.url),
  'utf8',
);

function elementAt(html: string, path: string): HtmlElement | undefined {
  let el = parseHtmlDocument(html).documentElement ?? undefined;
  for (const step of path === '' ? [] : path.split('/')) el = el?.children[Number(step)];
  return el;
}

describe('readHtml', () => {
  it('makes block elements paragraphs and flattens inline markup with browser spacing', () => {
    const blocks = readHtml(
      '<p>One <b>bold</b><i>italic</i> and <a href="#">a  link</a>.</p><div>Two<p>Three</p>Four</div><ul><li>Item <span>one</span></li><li>Item two</li></ul>',
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'One bolditalic and a link.',
      'Two',
      'Three',
      'Four',
      'Item one',
      'Item two',
    ]);
  });

  it('decodes entities, keeps <br> as a line break, keeps <pre> verbatim', () => {
    const blocks = readHtml(
      '<p>Fish &amp; chips &mdash; &laquo;now&raquo;&nbsp;&#8470;&#x41;</p><p>Line one<br>  Line two</p><pre>  a\n    b</pre>',
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Fish & chips — «now» №A',
      'Line one\nLine two',
      '  a\n    b',
    ]);
    expect(blocks[2]?.preformatted).toBe(true);
  });

  it('drops script, style, noscript, template and head content', () => {
    const text = readHtml(NEWS)
      .map((b) => b.text)
      .join('\n');
    for (const hidden of [
      'dataLayer',
      'font-family',
      'enable JavaScript',
      'Template text',
      'tracking text',
      'loadAd',
      '| The Coastal Herald',
    ])
      expect(text).not.toContain(hidden);
  });

  it('records each paragraph’s element path, counted before anything is removed', () => {
    for (const block of readHtml(NEWS)) {
      const el = elementAt(NEWS, block.path ?? '');
      expect(el, block.text).toBeDefined();
    }
    const footer = readHtml(NEWS).find((b) => b.text.startsWith('©'));
    // body's children: a, header, div, main, aside, p, noscript, template, footer → footer is 8.
    expect(footer?.path).toBe('1/8/1');
    const heading = readHtml(NEWS).find((b) => b.headingLevel === 1);
    expect(elementAt(NEWS, heading?.path ?? '')?.localName).toBe('h1');
  });

  it('wraps a fragment so paths still start at <html>', () => {
    const blocks = readHtml('<p>first</p><p>second</p>');
    expect(blocks.map((b) => b.path)).toEqual(['1/0', '1/1']);
  });

  it('measures link density and carries markup hints', () => {
    const blocks = readHtml(
      '<nav><a href="/">Home</a></nav><p>Plain <a href="/x">linked words</a></p><div class="cookie-banner">We use cookies</div><div hidden>secret</div><div role="contentinfo">Footer text</div>',
    );
    expect(blocks.map((b) => b.chromeHint)).toEqual([
      'nav',
      undefined,
      'cookie',
      'hidden',
      'footer',
    ]);
    expect(blocks[0]?.linkDensity).toBe(1);
    expect(blocks[1]?.linkDensity).toBeCloseTo(11 / 16, 2);
  });

  it('ignores a hint on a wrapper that holds the page’s prose', () => {
    const prose = 'This paragraph is real article text with enough words to count as prose here. ';
    const html = `<div class="menu-wrapper"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div><nav><a href="/">Home</a></nav>`;
    const blocks = readHtml(html);
    expect(blocks.slice(0, 3).every((b) => b.chromeHint === undefined)).toBe(true);
    expect(blocks[3]?.chromeHint).toBe('nav');
  });

  it('does not treat a <header> full of prose as chrome (UDHR preamble)', () => {
    const prose =
      'Whereas recognition of the inherent dignity of all members of the human family is the foundation of freedom.';
    const blocks = readHtml(
      `<header><h2>Preamble</h2><p>${prose}</p><p>${prose}</p></header><p>${prose}</p>`,
    );
    expect(blocks.every((b) => b.chromeHint === undefined)).toBe(true);
  });
});

describe('HTML chrome classification on a news page', () => {
  const ps = segmentDocument(NEWS, { format: 'html', name: 'news.html', lang: 'en' }).paragraphs;
  const kindOf = (start: string): string | undefined =>
    ps.find((p) => p.text.startsWith(start))?.kind;

  it('finds header, nav, search, consent, advert, related, share, sidebar, hidden and footer', () => {
    for (const start of [
      'Skip to main content',
      'The Coastal Herald',
      'News',
      'Weather',
      'We use cookies',
      'Accept all',
      'Advertisement',
      'Related',
      'Council approves',
      'Facebook',
      'Most read',
      'Storm warning',
      'Subscriber-only',
      'Privacy policy',
      '©',
    ])
      expect(kindOf(start), start).toBe('chrome');
  });

  it('keeps the article: title and subheading as heading, every paragraph and list item as body', () => {
    expect(ps.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual([
      'Harbour bridge reopens after two years of repairs',
      'What changes for drivers',
    ]);
    const body = ps.filter((p) => p.kind === 'body');
    expect(body.map((p) => p.text.slice(0, 24))).toEqual([
      'The old harbour bridge r',
      'The repairs cost £48 mil',
      '“We were told it would b',
      'Heavy lorries will still',
      'The speed limit on the b',
      'The night-time closures ',
      'The council will publish',
    ]);
    expect(body.every((p) => p.lang === 'en' && !p.untranslated)).toBe(true);
  });
});

describe('chrome without any markup hint (old table layout)', () => {
  const prose =
    'The template module applies templates to nodes of the source tree, in document order, one by one.';
  const links = (names: string[]): string =>
    `<ul>${names.map((n) => `<li><a href="/${n}">${n}</a></li>`).join('')}</ul>`;
  const html = `<table><tr><td><p>Related links</p>${links(['Mail archive', 'Bug tracker', 'Downloads'])}<p>API indexes</p>${links(['Alphabetic', 'Functions', 'Types'])}</td><td><h1>Module templates</h1><p>${prose}</p><p>${prose}</p></td></tr></table>`;
  const ps = segmentDocument(html, { format: 'html', name: 'old.html', lang: 'en' }).paragraphs;

  it('finds link lists and the labels above them by link density and neighbourhood', () => {
    expect(ps.filter((p) => p.kind === 'chrome').map((p) => p.chromeReason)).toEqual([
      'menu-title',
      'links',
      'links',
      'links',
      'menu-title',
      'links',
      'links',
      'links',
    ]);
    expect(ps.filter((p) => p.kind !== 'chrome').map((p) => p.kind)).toEqual([
      'heading',
      'body',
      'body',
    ]);
  });
});
