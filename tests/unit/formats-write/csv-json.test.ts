import { describe, expect, it } from 'vitest';
import { csvCell, writeExport } from '../../../core/formats';
import { awkwardDocument, joinChunks } from './sample-document';

/** Minimal RFC 4180 parser for checking what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  const file = writeExport(awkwardDocument(), 'csv');
  const chunks = Array.from(file.chunks);
  const text = chunks.join('');

  it('starts with a UTF-8 BOM chunk and keeps Cyrillic and emoji', () => {
    expect(chunks[0]).toBe('\uFEFF');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text).toContain('Санкции против «Россельхозбанка» сняты — 😀🇷🇺 emoji');
    expect(file.name).toBe('izvestia _test_ & co.csv');
    expect(file.mime).toContain('text/csv');
  });

  it("shows '=1+1 for a correction =1+1 when opened as text", () => {
    expect(text).toContain(",'=1+1,");
    const rows = parseCsv(text.slice(1));
    const row = rows.find((r) => r[0] === '24');
    expect(row?.[6]).toBe("'=1+1");
  });

  it('is RFC 4180: CRLF records, quotes doubled, fields with commas or line breaks quoted', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([
      'id',
      'order',
      'kind',
      'status',
      'source',
      'mt',
      'correction',
      'created_at',
      'changed_at',
    ]);
    expect(rows.every((r) => r.length === 9)).toBe(true);
    expect(rows.find((r) => r[0] === '20')?.[6]).toBe(
      'Tom & Jerry <b>bold</b> "quoted" \'single\' ]]> &amp;lt;',
    );
    expect(rows.find((r) => r[0] === '23')?.[6]).toBe('line one\nline two\r\nline three\rend\ttab');
    expect(rows.length).toBe(1 + 11); // header + rows without chrome
  });

  it('defuses every formula start character', () => {
    for (const s of ['=A1', '+1', '-1', '@SUM(1)', '\tx', '\rx'])
      expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});

describe('JSON export', () => {
  it('parses back to the same rows with revisions', () => {
    const doc = awkwardDocument();
    const parsed = JSON.parse(
      joinChunks(writeExport(doc, 'json', { includeChrome: true }).chunks),
    ) as {
      document: { name: string; mtEngine: string };
      segments: unknown[];
    };
    expect(parsed.document.name).toBe(doc.name);
    expect(parsed.document.mtEngine).toBe('Yandex Translate');
    expect(parsed.segments).toEqual(doc.segments);
  });
  it('is valid JSON for an empty document', () => {
    const doc = { ...awkwardDocument(), segments: [] };
    expect(JSON.parse(joinChunks(writeExport(doc, 'json').chunks))).toMatchObject({ segments: [] });
  });
});
