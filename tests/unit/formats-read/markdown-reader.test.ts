import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../core/formats';
import { segmentDocument } from '../../../core/segment';

const DOC = `---
title: Front matter is not text
---
# Harbour bridge reopens

The old harbour bridge reopened to traffic on Monday morning, two years after
engineers closed it because of **severe** corrosion in the [main span](https://x.test/span).

Changes for drivers
-------------------

- The speed limit is now *twenty* miles per hour.
- Night closures happen on \`Tuesdays\` only.

> A quoted line that stays a paragraph.

\`\`\`
$ sverka inspect page.html
\`\`\`

| Lane | Width |
|------|-------|
| Bus  | 3.5 m |

[Home](/) · [News](/news) · [Sport](/sport)

![a photo](photo.jpg)
[ref]: https://example.test
`;

describe('readMarkdown', () => {
  const blocks = readMarkdown(DOC);

  it('reads headings, joins soft-wrapped lines, flattens inline markup', () => {
    expect(blocks.map((b) => b.text)).toEqual([
      'Harbour bridge reopens',
      'The old harbour bridge reopened to traffic on Monday morning, two years after engineers closed it because of severe corrosion in the main span.',
      'Changes for drivers',
      'The speed limit is now twenty miles per hour.',
      'Night closures happen on Tuesdays only.',
      'A quoted line that stays a paragraph.',
      '$ sverka inspect page.html',
      'Lane | Width',
      'Bus | 3.5 m',
      'Home · News · Sport',
    ]);
    expect(blocks.map((b) => b.headingLevel)).toEqual([
      1,
      undefined,
      2,
      ...Array(7).fill(undefined),
    ]);
  });

  it('marks list items, code and link-only lines', () => {
    expect(blocks[3]?.listItem && blocks[4]?.listItem).toBe(true);
    expect(blocks[3]?.group).toBe(blocks[4]?.group);
    expect(blocks[6]?.preformatted).toBe(true);
    expect(blocks[9]?.linkDensity).toBeGreaterThan(0.9);
  });

  it('segments Markdown with kinds: the inline menu of links is chrome', () => {
    const ps = segmentDocument(DOC, { format: 'md', name: 'a.md', lang: 'en' }).paragraphs;
    expect(ps[0]?.kind).toBe('heading');
    expect(ps[1]?.kind).toBe('body');
    expect(ps.at(-1)).toMatchObject({ kind: 'chrome', chromeReason: 'menu' });
  });
});
