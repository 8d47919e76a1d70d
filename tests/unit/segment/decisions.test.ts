import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChromeDecisions } from '../../../core/segment';
import { findRepeatedLines, normaliseForDecision, segmentDocument } from '../../../core/segment';

const seed = readFileSync(
  new URL('../../../corpus/seed/izvestia-2025-04.mt.en.txt', import.meta.url),
  'utf8',
);

describe('chrome decisions and repetition', () => {
  it('normalises case, spacing, digits and decoration', () => {
    expect(normaliseForDecision('  » Live   Broadcast ')).toBe('live broadcast');
    expect(normaliseForDecision('1 234 views')).toBe(normaliseForDecision('98 765 views'));
    expect(normaliseForDecision('Ｆｕｌｌ width')).toBe('full width');
  });

  it('lets a reviewer decision override the classifier both ways', () => {
    const decisions: ChromeDecisions = new Map([
      [normaliseForDecision('Live broadcast'), 'not-chrome'],
      [normaliseForDecision("Results of Kirill Dmitriev's visit to Washington"), 'chrome'],
    ]);
    const ps = segmentDocument(seed, {
      format: 'txt',
      name: 's.txt',
      lang: 'en',
      decisions,
    }).paragraphs;
    const live = ps.filter((p) => p.text === 'Live broadcast');
    expect(live).toHaveLength(2);
    for (const p of live) expect(p.kind).not.toBe('chrome');
    const results = ps.filter((p) => p.text.startsWith('Results of Kirill'));
    for (const p of results) expect(p).toMatchObject({ kind: 'chrome', chromeReason: 'user' });
  });

  it('classes a line repeated across a project as chrome', () => {
    const docA = ['Subscribe to our channel', 'A paragraph about the bridge that is long enough.'];
    const docB = [
      'subscribe to our  channel',
      'Another paragraph about the ferry, also long enough.',
    ];
    const repeated = findRepeatedLines([docA, docB]);
    expect([...repeated]).toEqual(['subscribe to our channel']);
    const text =
      'Subscribe to our channel\n\nThe bridge reopened on Monday after two years of repairs, and hundreds walked across.';
    const ps = segmentDocument(text, {
      format: 'txt',
      name: 'a.txt',
      repeatedLines: repeated,
    }).paragraphs;
    expect(ps[0]).toMatchObject({ kind: 'chrome', chromeReason: 'repeated' });
    expect(ps[1]?.kind).toBe('body');
  });
});

describe('declared languages', () => {
  it('accepts region tags and any case for --lang and --source-lang', () => {
    const a = segmentDocument(seed, { format: 'txt', name: 's.txt', lang: 'en' }).paragraphs;
    const b = segmentDocument(seed, {
      format: 'txt',
      name: 's.txt',
      lang: 'EN-us',
      sourceLang: 'ru_RU',
    }).paragraphs;
    expect(b).toEqual(a);
  });
});
