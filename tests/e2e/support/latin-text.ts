import type { Page } from '@playwright/test';

/**
 * Latin words a Russian UI may legitimately show: key names, file-format names, the language switch's
 * own "English" option. Anything else Latin outside document content is an untranslated string.
 */
const ALLOWED = new Set([
  'Ctrl',
  'Shift',
  'Alt',
  'Enter',
  'F1',
  'F8',
  'Y',
  'Z',
  'M',
  'S',
  'D',
  'C',
  'F',
  'XLIFF',
  'TMX',
  'CSV',
  'JSON',
  'HTML',
  'Markdown',
  'md',
  'txt',
  'English',
]);

/** Visible UI text and labels outside `.user-content` (document text), as Latin words not allowed. */
export async function untranslatedWords(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const words: string[] = [];
    const skip = (el: Element | null) => !el || Boolean(el.closest('.user-content, textarea'));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (skip(parent) || !parent?.checkVisibility()) continue;
      words.push(...(node.textContent?.match(/[A-Za-z][A-Za-z0-9]+|[A-Za-z]/g) ?? []));
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skip(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        words.push(...(el.getAttribute(name)?.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []));
      }
    }
    return words;
  });
  return [...new Set(found)].filter((w) => !ALLOWED.has(w));
}
