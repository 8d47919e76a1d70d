import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readHtml, writeExport } from '../../../core/formats';
import type { ExportDocument, ExportSegment, Paragraph } from '../../../core/model';
import { awkwardDocument, joinChunks } from './sample-document';

const row = (
  p: Partial<ExportSegment> & Pick<ExportSegment, 'id' | 'order' | 'mt' | 'targetIndices'>,
): ExportSegment => ({
  source: `src ${p.id}`,
  correction: null,
  status: 'new',
  kind: 'body',
  sourceIndices: [p.order],
  revisions: [],
  createdAt: '2026-11-30T09:00:00Z',
  changedAt: '2026-11-30T09:00:00Z',
  ...p,
});

describe('txt and md exports', () => {
  it('txt: corrected text (MT where uncorrected), blank line between paragraphs, chrome left out', () => {
    const text = joinChunks(writeExport(awkwardDocument(), 'txt').chunks);
    const paras = text.trimEnd().split('\n\n');
    expect(paras[0]).toBe('Heading & <tag>');
    expect(paras[1]).toBe('Lift sanctions from Rosselkhozbank and reconnect it to SWIFT.');
    expect(paras).toContain('Rejected MT stays');
    expect(paras).toContain('Added by MT');
    expect(text).not.toContain('Next news');
    expect(text).not.toContain('Emptied');
    expect(text.endsWith('\n')).toBe(true);
    const withChrome = joinChunks(
      writeExport(awkwardDocument(), 'txt', { includeChrome: true }).chunks,
    );
    expect(withChrome.trimEnd().endsWith('Next news')).toBe(true);
  });

  it('md: keeps heading levels and list markers of the imported Markdown', () => {
    const original =
      '# Санкции\n\nIntro with **bold** text.\n\n## Details\n\n- first item\n- second *item*\n\nSetext title\n---\n';
    const texts = [
      'Sanctions',
      'Intro with bold text.',
      'Details',
      'first item',
      'second item',
      'Setext title',
    ];
    const targetParagraphs: Paragraph[] = texts.map((text, index) => ({
      index,
      text,
      kind: index % 2 ? 'body' : 'heading',
      lang: 'en',
      untranslated: false,
    }));
    const doc: ExportDocument = {
      ...awkwardDocument(),
      targetFormat: 'md',
      targetOriginal: original.replace('Санкции', 'Sanctions'),
      targetParagraphs,
      segments: texts.map((mt, i) =>
        row({
          id: i + 1,
          order: i,
          mt,
          targetIndices: [i],
          kind: targetParagraphs[i]?.kind ?? 'body',
          correction: i === 2 ? 'Details, corrected' : null,
        }),
      ),
    };
    const md = joinChunks(writeExport(doc, 'md').chunks);
    expect(md).toBe(
      '# Sanctions\n\nIntro with bold text.\n\n## Details, corrected\n\n- first item\n\n- second item\n\n## Setext title\n',
    );
  });
});

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Page</title><script>alert(1)</script><meta http-equiv="refresh" content="0;url=javascript:alert(1)"></head>
<body onload="steal()"><nav><a href="/">Skip to main content</a></nav>
<article><h1>Sanctions <b>news</b></h1>
<p>Lift sanctions from the <a href="javascript:alert(1)">Rosselkhoznadzor</a>.</p>
<p>Second para part one.</p><p>part two.</p>
<noscript>x</noscript><iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="y.swf">
<p onclick="x()">Untouched MT.</p>
</article>
<footer><a href=" JaVa&#x09;Script:void(0)" onmouseover="x()">Footer link</a><svg><script>alert(2)</script></svg></footer>
<script src="https://tracker.example/t.js"></script>
</body></html>`;

function htmlDoc(): ExportDocument {
  // Paths by hand: html > [head, body]; body > [nav, article, footer, script]; article > [h1, p, p, p, noscript, iframe, object, embed, p].
  const paths = ['1/0', '1/1/0', '1/1/1', '1/1/2', '1/1/3', '1/1/8'];
  const texts = [
    'Skip to main content',
    'Sanctions news',
    'Lift sanctions from the Rosselkhoznadzor.',
    'Second para part one.',
    'part two.',
    'Untouched MT.',
  ];
  const kinds = ['chrome', 'heading', 'body', 'body', 'body', 'body'] as const;
  const targetParagraphs: Paragraph[] = texts.map((text, index) => ({
    index,
    text,
    kind: kinds[index] ?? 'body',
    lang: 'en',
    untranslated: false,
    path: paths[index],
  }));
  return {
    ...awkwardDocument(),
    targetFormat: 'html',
    targetOriginal: PAGE,
    targetParagraphs,
    segments: [
      row({ id: 1, order: 0, mt: texts[0] ?? '', targetIndices: [0], kind: 'chrome' }),
      row({
        id: 2,
        order: 1,
        mt: 'Sanctions news',
        targetIndices: [1],
        kind: 'heading',
        correction: 'Sanctions: the news',
      }),
      row({
        id: 3,
        order: 2,
        mt: texts[2] ?? '',
        targetIndices: [2],
        correction: 'Lift sanctions from Rosselkhozbank & <co>.',
      }),
      row({
        id: 4,
        order: 3,
        mt: 'Second para part one. part two.',
        targetIndices: [3, 4],
        correction: 'Second paragraph, merged.',
      }),
      row({ id: 5, order: 4, mt: 'Untouched MT.', targetIndices: [5] }),
      row({ id: 6, order: 5, mt: '', targetIndices: [], correction: 'Added by the reviewer.' }),
    ],
  };
}

describe('html export keeps the page', () => {
  const out = joinChunks(writeExport(htmlDoc(), 'html').chunks);
  const { document } = parseHTML(out);

  it('contains no script, embedded content, event handler or javascript: URL', () => {
    expect(out).not.toMatch(
      /<script|<noscript|<iframe|<object|<embed|onload|onclick|onmouseover|javascript:|http-equiv/i,
    );
    expect(out).toContain('Footer link');
  });

  it('puts each correction into its element, empties merged paragraphs, keeps untouched MT', () => {
    expect(document.querySelector('h1')?.textContent).toBe('Sanctions: the news');
    const ps = Array.from(document.querySelectorAll('article p')).map((p) => p.textContent);
    expect(ps).toEqual([
      'Lift sanctions from Rosselkhozbank & <co>.',
      'Second paragraph, merged.',
      '',
      'Untouched MT.',
      'Added by the reviewer.',
    ]);
    expect(out).toContain('Rosselkhozbank &amp; &lt;co&gt;.');
    expect(document.querySelector('title')?.textContent).toBe('Page');
  });

  it('drops chrome text unless asked to keep it', () => {
    expect(document.querySelector('nav')?.textContent).toBe('');
    const kept = joinChunks(writeExport(htmlDoc(), 'html', { includeChrome: true }).chunks);
    expect(parseHTML(kept).document.querySelector('nav')?.textContent).toBe('Skip to main content');
    expect(kept).not.toMatch(/<script/i);
  });

  it('agrees with the paths the HTML reader computes', () => {
    const blocks = readHtml(PAGE);
    const byText = new Map(blocks.map((b) => [b.text.trim(), b.path]));
    const doc = htmlDoc();
    let compared = 0;
    for (const p of doc.targetParagraphs) {
      const readerPath = byText.get(p.text);
      if (readerPath === undefined) continue;
      expect(readerPath).toBe(p.path);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(4);
  });

  it('turns a non-HTML target into a plain page with escaped text', () => {
    const plain = joinChunks(writeExport(awkwardDocument(), 'html').chunks);
    expect(plain).toContain('<h2>Heading &amp; &lt;tag&gt;</h2>');
    expect(plain).toContain('<p>Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt;');
    expect(plain).not.toMatch(/<b>bold/);
  });
});
