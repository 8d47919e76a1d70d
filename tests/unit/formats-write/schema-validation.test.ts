import { describe, expect, it } from 'vitest';
import { writeJson, writeTmx, writeXliff12, writeXliff20 } from '../../../core/formats';
import { awkwardDocument, joinChunks, udhrDocument } from './sample-document';
import { xmllint } from './xmllint';

const docs = [
  ['awkward text', awkwardDocument(), false],
  ['awkward text with chrome', awkwardDocument(), true],
  ['UDHR corpus', udhrDocument(), false],
] as const;

describe('exports validate against the official schemas (xmllint --nonet)', () => {
  it.each(docs)('TMX 1.4 DTD: %s', (_name, doc, includeChrome) => {
    const r = xmllint(joinChunks(writeTmx(doc, { includeChrome })), 'tmx');
    expect(r.output).not.toMatch(/validity error|parser error/);
    expect(r.status).toBe(0);
  });
  it.each(docs)('XLIFF 1.2 strict: %s', (_name, doc, includeChrome) => {
    const r = xmllint(joinChunks(writeXliff12(doc, { includeChrome })), 'xliff12');
    expect(r.output).toContain('validates');
    expect(r.status).toBe(0);
  });
  it.each(docs)('XLIFF 2.0 core + modules driver: %s', (_name, doc, includeChrome) => {
    const r = xmllint(joinChunks(writeXliff20(doc, { includeChrome })), 'xliff20');
    expect(r.output).toContain('validates');
    expect(r.status).toBe(0);
  });
});

// The same checks reject broken variants of our own output, so a pass above means something.
describe('the validation catches errors', () => {
  const doc = awkwardDocument();
  it('TMX without srclang is rejected', () => {
    const xml = joinChunks(writeTmx(doc)).replace(/ srclang="ru"/, '');
    expect(xmllint(xml, 'tmx').status).not.toBe(0);
  });
  it('XLIFF 1.2 with an unknown state is rejected', () => {
    const xml = joinChunks(writeXliff12(doc)).replace('state="translated"', 'state="done"');
    expect(xmllint(xml, 'xliff12').status).not.toBe(0);
  });
  it('XLIFF 2.0 module errors are caught by the driver schema (mtc:match type, ctr:item property)', () => {
    const xml = joinChunks(writeXliff20(doc));
    expect(xmllint(xml.replace('type="mt"', 'type="machine"'), 'xliff20').status).not.toBe(0);
    expect(
      xmllint(xml.replace('<ctr:item property="content">', '<ctr:item>'), 'xliff20').status,
    ).not.toBe(0);
    expect(xmllint(xml.replace('state="final"', 'state="approved"'), 'xliff20').status).not.toBe(0);
  });
});

describe('reviewer comments ride along in the standard note slots', () => {
  const doc = awkwardDocument();
  const escaped = 'Check the bank name &amp; &lt;tags&gt; with the client.';
  it('TMX <note>, XLIFF 1.2 <note>, XLIFF 2.0 <notes><note>, JSON comments', () => {
    expect(joinChunks(writeTmx(doc))).toContain(`<note>${escaped}</note>`);
    expect(joinChunks(writeXliff12(doc))).toContain(`<note from="reviewer">${escaped}</note>`);
    expect(joinChunks(writeXliff20(doc))).toContain(
      `<notes><note category="comment">${escaped}</note><note category="comment">Второй комментарий: «ок»</note></notes>`,
    );
    const json = JSON.parse(joinChunks(writeJson(doc))) as {
      segments: { id: number; comments?: string[] }[];
    };
    expect(json.segments.find((s) => s.id === 12)?.comments).toHaveLength(2);
  });
});
