import { describe, expect, it } from 'vitest';
import { splitText } from '../../../core/segment';

const texts = (input: string, mode?: 'auto' | 'lines' | 'blank'): string[] =>
  splitText(input, mode).map((b) => b.text);

const WRAPPED = [
  'The old harbour bridge reopened to traffic on Monday morning, two years',
  'after engineers closed it because of severe corrosion in the main span.',
  'Hundreds of residents walked across before the first buses were allowed',
  'through.',
].join('\n');

describe('splitText', () => {
  it('joins hard-wrapped prose into one paragraph in auto mode', () => {
    expect(texts(WRAPPED)).toEqual([WRAPPED.replace(/\n/g, ' ')]);
  });

  it('keeps menu-like lines apart in auto mode', () => {
    expect(texts('Home\nNews\nSport\nWeather')).toEqual(['Home', 'News', 'Sport', 'Weather']);
  });

  it('keeps one-paragraph-per-line text apart (lines longer than any wrap width)', () => {
    const long1 = 'A'.repeat(50) + ' ' + 'b '.repeat(60) + 'end.';
    const long2 = 'C'.repeat(20) + ' ' + 'd '.repeat(30) + 'end.';
    expect(texts(`${long1}\n${long2}`)).toEqual([long1, long2]);
  });

  it('keeps a block of short complete sentences apart', () => {
    const block = 'The bridge is open again.\nBuses run every ten minutes.\nCyclists get a lane.';
    expect(texts(block)).toHaveLength(3);
  });

  it('starts a new paragraph at a list marker or after a short closing line in wrapped text', () => {
    const input = [
      'Engineers replaced every cable on the northern side of the bridge and',
      'repainted the whole southern span before the reopening.',
      '- a protected cycle lane on both sides of the carriageway, new',
      '  lighting and a lower speed limit for every kind of vehicle using it.',
    ].join('\n');
    const out = texts(input);
    expect(out).toHaveLength(2);
    expect(out[1]?.startsWith('- a protected')).toBe(true);
  });

  it('glues words broken at the wrap', () => {
    const input =
      'The council said the overrun was caused by steel prices and not by exam-\nples of delay on site, which the contractor had warned about.';
    expect(texts(input)[0]).toContain('exam-ples');
  });

  it('lines mode keeps every non-empty line; blank mode joins each block', () => {
    expect(texts(WRAPPED, 'lines')).toHaveLength(4);
    expect(texts('Home\nNews\n\nSport', 'blank')).toEqual(['Home News', 'Sport']);
    expect(texts('Home\n\n\n  \nNews', 'lines')).toEqual(['Home', 'News']);
  });

  it('handles CRLF, a BOM and form feeds; lines of one block share a group', () => {
    const blocks = splitText('\uFEFFHome\r\nNews\r\n\r\nBody text.\fNext page');
    expect(blocks.map((b) => b.text)).toEqual(['Home', 'News', 'Body text.', 'Next page']);
    expect(blocks[0]?.group).toBe(blocks[1]?.group);
    expect(blocks[0]?.listItem).toBe(true);
    expect(blocks[2]?.listItem).toBe(false);
  });
});
