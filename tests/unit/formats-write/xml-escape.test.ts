import { describe, expect, it } from 'vitest';
import { xmlAttr, xmlText } from '../../../core/formats/writers/xml';

describe('XML escaping', () => {
  it('escapes markup, keeps CR as a reference, and in attributes TAB and LF too', () => {
    expect(xmlText('a&b<c>d"e\r\nf\tg')).toBe('a&amp;b&lt;c&gt;d"e&#13;\nf\tg');
    expect(xmlAttr('a&b<c>d"e\r\nf\tg')).toBe('a&amp;b&lt;c&gt;d&quot;e&#13;&#10;f&#9;g');
  });
  it('drops characters XML 1.0 cannot carry, keeps surrogate pairs', () => {
    expect(xmlText('x\u0001y\uD800z😀\uDC00w\uFFFE')).toBe('xyz😀w');
    expect(xmlText('Привет 🇷🇺')).toBe('Привет 🇷🇺');
  });
  it('returns the same string when nothing needs escaping', () => {
    const s = 'plain text, no markup';
    expect(xmlText(s)).toBe(s);
  });
});
