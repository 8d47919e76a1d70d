import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../core/model';
import { segmentDocument } from '../../../core/segment';

// The seed page: an Izvestia article as Yandex Translate rendered it into English (corpus/seed).
const SEED = new URL('../../../corpus/seed/izvestia-2025-04.mt.en.txt', import.meta.url);
const text = readFileSync(SEED, 'utf8');
const lines = text.split('\n').map((l) => l.trim());
const topBlock = lines.slice(0, lines.indexOf(''));
const TITLES = [
  "Results of Kirill Dmitriev's visit to Washington",
  'Who is obstructing the dialogue between Russia and the United States',
];

function segment(): Paragraph[] {
  return segmentDocument(text, { format: 'txt', name: 'seed.txt', lang: 'en' }).paragraphs;
}

describe('seed page (declared English)', () => {
  const paragraphs = segment();
  const top = paragraphs.slice(0, topBlock.length);
  const firstBody = paragraphs.findIndex((p) => p.kind === 'body');
  const translatedBy = paragraphs.findIndex((p) => p.text.startsWith('Переведено'));

  it('splits the top block line by line', () => {
    expect(topBlock).toHaveLength(10);
    expect(top.map((p) => p.text)).toEqual(topBlock);
  });

  it('labels every top-block line chrome, except the titles, which are heading or chrome', () => {
    for (const p of top) {
      if (TITLES.includes(p.text)) expect(['heading', 'chrome']).toContain(p.kind);
      else expect(p.kind, p.text).toBe('chrome');
    }
  });

  it('labels the two section headings in the article as heading', () => {
    const inArticle = paragraphs.slice(firstBody, translatedBy);
    const headings = inArticle.filter((p) => p.kind === 'heading');
    expect(headings.map((p) => p.text)).toEqual(TITLES);
  });

  it('keeps every article paragraph as body, in English, and loses none', () => {
    const articleLines = lines
      .slice(topBlock.length)
      .filter((l) => l.split(/\s+/).length > 15 && !l.includes('cookie'));
    const article = paragraphs.slice(firstBody, translatedBy).filter((p) => p.kind !== 'heading');
    expect(article).toHaveLength(21);
    expect(article.map((p) => p.text)).toEqual(articleLines);
    for (const p of article) {
      expect(p.kind).toBe('body');
      expect(p.lang).toBe('en');
      expect(p.untranslated).toBe(false);
    }
  });

  it('labels the bottom block chrome; its Russian lines are ru and untranslated', () => {
    const bottom = paragraphs.slice(translatedBy);
    expect(bottom.map((p) => p.text.slice(0, 20))).toEqual([
      'Переведено сервисом ',
      'Live broadcast',
      'Следующая новость',
      'На нашем сайте испол',
    ]);
    for (const p of bottom) expect(p.kind, p.text).toBe('chrome');
    const russian = bottom.filter((p) => /[А-я]/.test(p.text));
    expect(russian).toHaveLength(3);
    for (const p of russian) {
      expect(p.lang).toBe('ru');
      expect(p.untranslated).toBe(true);
    }
    expect(bottom[1]).toMatchObject({ lang: 'en', untranslated: false });
  });

  it('marks nothing else untranslated and numbers paragraphs in order', () => {
    expect(paragraphs.filter((p) => p.untranslated)).toHaveLength(3);
    paragraphs.forEach((p, i) => expect(p.index).toBe(i));
  });

  it('with --source-lang ru flags the same Russian lines, and only those', () => {
    const withSource = segmentDocument(text, {
      format: 'txt',
      name: 'seed.txt',
      lang: 'en',
      sourceLang: 'ru',
    }).paragraphs;
    expect(withSource.filter((p) => p.untranslated).map((p) => p.index)).toEqual(
      paragraphs.filter((p) => p.untranslated).map((p) => p.index),
    );
  });

  it('still finds the top block chrome when its UI words are unknown (position + menu shape)', () => {
    // Replace the recognisable UI phrases with neutral words: the block's shape and place must do.
    const neutral = text
      .replace('Skip to main content', 'Zephyr quartz')
      .replace('Advertisement', 'Lantern')
      .replace('Live broadcast', 'Orchid valley')
      .replace(/^On$/m, 'Velvet')
      .replace(/^Off$/m, 'Marble');
    const ps = segmentDocument(neutral, { format: 'txt', name: 'n.txt', lang: 'en' }).paragraphs;
    for (const p of ps.slice(0, 10)) {
      if (!TITLES.includes(p.text)) expect(p.kind, p.text).toBe('chrome');
    }
    expect(ps.filter((p) => p.kind === 'body')).toHaveLength(21);
  });
});

describe('text page shapes other than the seed', () => {
  const article =
    'The old harbour bridge reopened to traffic on Monday morning, two years after engineers closed it because of severe corrosion.';

  it('menu items saved one per block before the text are chrome; the title is a heading', () => {
    const text = [
      'Home',
      'World',
      'Business',
      'Harbour bridge reopens after repairs',
      article,
      article,
    ].join('\n\n');
    const ps = segmentDocument(text, { format: 'txt', name: 'p.txt', lang: 'en' }).paragraphs;
    expect(ps.map((p) => p.kind)).toEqual([
      'chrome',
      'chrome',
      'chrome',
      'heading',
      'body',
      'body',
    ]);
  });

  it('a plain document: title, paragraphs, a closing sentence — no chrome at all', () => {
    const text = ['A short history of bridges', article, article, 'Thanks for reading.'].join(
      '\n\n',
    );
    const ps = segmentDocument(text, { format: 'txt', name: 'p.txt', lang: 'en' }).paragraphs;
    expect(ps.map((p) => p.kind)).toEqual(['heading', 'body', 'body', 'body']);
  });

  it('a page of one-line paragraphs (no blank lines) keeps every line as body', () => {
    const text = [
      article,
      article.replace('Monday', 'Tuesday'),
      article.replace('two', 'three'),
    ].join('\n');
    const ps = segmentDocument(text, { format: 'txt', name: 'p.txt', lang: 'en' }).paragraphs;
    expect(ps.map((p) => p.kind)).toEqual(['body', 'body', 'body']);
  });
});
