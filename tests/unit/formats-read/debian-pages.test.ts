import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../core/model';
import { segmentDocument } from '../../../core/segment';

// Real pages with navigation: Debian FAQ chapters, English and Russian (corpus/pages, see README).
function read(name: string, lang: string): Paragraph[] {
  const html = readFileSync(
    new URL(`../../../corpus/pages/debian-faq/${name}`, import.meta.url),
    'utf8',
  );
  return segmentDocument(html, { format: 'html', name, lang }).paragraphs;
}

const count = (ps: Paragraph[], kind: string): number => ps.filter((p) => p.kind === kind).length;

describe.each([
  ['redistributing', 8, 5],
  ['basic-defs', 44, 8],
])('Debian FAQ %s (en and ru)', (page, bodyCount, headingCount) => {
  const en = read(`${page}.en.html`, 'en');
  const ru = read(`${page}.ru.html`, 'ru');

  it('labels the navigation header (first row) and footer chrome', () => {
    for (const ps of [en, ru]) {
      // DocBook: <div class="navheader"> is body's child 0, <div class="navfooter"> child 2.
      const header = ps.filter((p) => p.path?.startsWith('1/0'));
      const footer = ps.filter((p) => p.path?.startsWith('1/2'));
      expect(header.length).toBeGreaterThan(0);
      expect(footer.length).toBeGreaterThan(0);
      for (const p of [...header, ...footer]) expect(p.kind, p.text).toBe('chrome');
    }
  });

  it('labels the table of contents chrome and keeps the chapter title a heading', () => {
    for (const ps of [en, ru]) {
      const toc = ps.filter((p) => p.path?.startsWith('1/1/1/'));
      expect(toc.length).toBeGreaterThan(3);
      for (const p of toc) expect(p.kind).toBe('chrome');
      const title = ps.find((p) => p.path === '1/1/0/0/0/0');
      expect(title?.kind).toBe('heading');
    }
  });

  it(`yields the same ${bodyCount} body paragraphs and ${headingCount} headings in both languages`, () => {
    expect(count(en, 'body')).toBe(bodyCount);
    expect(count(ru, 'body')).toBe(bodyCount);
    expect(count(en, 'heading')).toBe(headingCount);
    expect(count(ru, 'heading')).toBe(headingCount);
    // Same structure: body paragraphs sit at the same element paths.
    expect(ru.filter((p) => p.kind === 'body').map((p) => p.path)).toEqual(
      en.filter((p) => p.kind === 'body').map((p) => p.path),
    );
  });

  it('every body paragraph is a prose block of the chapter, not navigation', () => {
    for (const p of en.filter((q) => q.kind === 'body')) {
      expect(p.path?.startsWith('1/1/')).toBe(true);
      expect(p.path?.startsWith('1/1/1/')).toBe(false);
    }
  });
});

describe('untranslated paragraphs in a real translation', () => {
  it('flags the English paragraphs the Russian basic-defs page left untranslated, and nothing in en', () => {
    const en = read('basic-defs.en.html', 'en');
    const ru = read('basic-defs.ru.html', 'ru');
    expect(en.filter((p) => p.untranslated)).toEqual([]);
    const flagged = ru.filter((p) => p.untranslated);
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    for (const p of flagged) {
      expect(p.lang).toBe('en');
      expect(p.text).not.toMatch(/[а-яё]/i);
    }
    expect(flagged.map((p) => p.text)).toContain(
      'A second effort is the port to a BSD kernel. People are working with the FreeBSD kernel.',
    );
  });
});

// The whole Debian FAQ, when the test machine has the packages (apt-get install debian-faq
// debian-faq-ru): every chapter's Russian and English pages must give the same body paragraphs.
const FAQ = '/usr/share/doc/debian/FAQ';
describe.skipIf(!existsSync(`${FAQ}/ru`))('installed Debian FAQ, every chapter', () => {
  const chapters = existsSync(`${FAQ}/ru`)
    ? readdirSync(`${FAQ}/ru`)
        .filter((f) => f.endsWith('.ru.html'))
        .map((f) => f.replace('.ru.html', ''))
    : [];

  it.each(chapters)('%s: same body paragraph paths in ru and en', (chapter) => {
    const body = (path: string, lang: string): string[] =>
      segmentDocument(readFileSync(path, 'utf8'), { format: 'html', name: path, lang })
        .paragraphs.filter((p) => p.kind === 'body')
        .map((p) => p.path ?? '');
    const en = body(`${FAQ}/${chapter}.en.html`, 'en');
    expect(en.length).toBeGreaterThan(0);
    expect(body(`${FAQ}/ru/${chapter}.ru.html`, 'ru')).toEqual(en);
  });
});
