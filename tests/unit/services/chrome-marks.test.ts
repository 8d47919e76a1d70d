import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectIntactAlignment, rows, testApp, type TestApp } from './app-fixture';

// Over 40 words: too long for the cross-document repetition rule, so only a ruling makes it chrome.
const LONG_NOTICE =
  'Page 3 of 10. The editorial board thanks all readers who sent in their questions about the talks; ' +
  'the answers will be published in the weekend edition together with the full transcript of the ' +
  'press conference, a map of the region and a short history of the earlier rounds of negotiations.';
// Short: a line repeated across the project's pages is taken for chrome unless ruled otherwise.
const SHORT_LINE = 'Read the full story with our partners.';

let t: TestApp;
let projectId: number;
let documentId: number;
const importPage = async (paragraphs: string[], name: string) =>
  (
    await t.callAsync('document.import', {
      projectId,
      source: null,
      target: { name, content: paragraphs.join('\n\n') },
    })
  ).documentId;
const kinds = (doc: number) => rows(t, doc).map((r) => r.kind);
const exportedText = async (doc: number) => {
  const out = await t.callAsync('document.export', { documentId: doc, format: 'txt' });
  return 'content' in out ? out.content : '';
};

beforeEach(async () => {
  t = testApp();
  projectId = t.call('project.create', { name: 'P', sourceLang: 'ru', targetLang: 'en' }).id;
  documentId = await importPage(
    [
      'Sanctions talks resume in Geneva.',
      LONG_NOTICE,
      SHORT_LINE,
      'The delegations met on Tuesday.',
    ],
    'page.txt',
  );
});
afterEach(() => t.close());

describe('a reviewer rules on page chrome', () => {
  it('marks a row chrome, leaves it out of the export, and later imports follow the ruling', async () => {
    expect(kinds(documentId)).toEqual(['body', 'body', 'body', 'body']);
    const row = rows(t, documentId)[1]!;
    t.call('segment.setChrome', { segmentId: row.id, chrome: true });
    expect(kinds(documentId)).toEqual(['body', 'chrome', 'body', 'body']);
    expect(await exportedText(documentId)).not.toContain('We use cookies');
    expectIntactAlignment(t, documentId);

    // The same notice on another page of the project (another page number) is chrome from the start.
    const next = await importPage(
      ['Grain exports grew in May.', LONG_NOTICE.replace('Page 3', 'Page 4')],
      'next.txt',
    );
    expect(kinds(next)).toEqual(['body', 'chrome']);

    // Undo takes back both the row's kind and the remembered ruling.
    t.call('edit.undo', { documentId });
    expect(kinds(documentId)).toEqual(['body', 'body', 'body', 'body']);
    const later = await importPage(['Oil prices fell.', LONG_NOTICE], 'later.txt');
    expect(kinds(later)).toEqual(['body', 'body']);
    t.call('edit.redo', { documentId });
    expect(kinds(documentId)).toEqual(['body', 'chrome', 'body', 'body']);
    expectIntactAlignment(t, documentId);
  });

  it('a "not chrome" ruling keeps a repeated line as text in later imports', async () => {
    // Without a ruling the line, now on a second page, is taken for chrome.
    const second = await importPage(['Oil prices fell.', SHORT_LINE], 'second.txt');
    expect(kinds(second)).toEqual(['body', 'chrome']);
    const row = rows(t, second)[1]!;
    t.call('segment.setChrome', { segmentId: row.id, chrome: false });
    expect(kinds(second)).toEqual(['body', 'body']);
    expect(await exportedText(second)).toContain(SHORT_LINE);
    const third = await importPage(['Gold rose.', SHORT_LINE], 'third.txt');
    expect(kinds(third)).toEqual(['body', 'body']);
  });

  it('marking what already is so adds no undo step; a retired row is refused', () => {
    const [a, b] = rows(t, documentId);
    t.call('segment.setChrome', { segmentId: a!.id, chrome: true });
    t.call('segment.setChrome', { segmentId: a!.id, chrome: true });
    t.call('edit.undo', { documentId });
    expect(kinds(documentId)[0]).toBe('body');
    t.call('alignment.merge', { segmentId: a!.id });
    const before = rows(t, documentId);
    expect(() => t.call('segment.setChrome', { segmentId: b!.id, chrome: true })).toThrow(
      /merged or split away/,
    );
    expect(rows(t, documentId)).toEqual(before);
  });
});
