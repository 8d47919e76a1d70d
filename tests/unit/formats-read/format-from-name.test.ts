import { describe, expect, it } from 'vitest';
import { formatFromName } from '../../../core/segment';

describe('formatFromName', () => {
  it.each([
    ['page.html', 'html'],
    ['PAGE.HTM', 'html'],
    ['saved/page.xhtml', 'html'],
    ['notes.md', 'md'],
    ['README.markdown', 'md'],
    ['article.txt', 'txt'],
    ['no-extension', 'txt'],
    ['archive.tar.gz', 'txt'],
  ])('%s → %s', (name, format) => {
    expect(formatFromName(name)).toBe(format);
  });
});
