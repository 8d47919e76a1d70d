import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../core/api';
import { writeExport } from '../../../core/formats';
import type { ExportDocument } from '../../../core/model';
import { udhrDocument } from './sample-document';

/** The UDHR document repeated until it has `rows` rows. */
function bigDocument(rows: number): ExportDocument {
  const base = udhrDocument();
  const segments = Array.from({ length: rows }, (_, i) => {
    const s = base.segments[i % base.segments.length];
    if (!s) throw new Error('empty corpus');
    return { ...s, id: i + 1, order: i };
  });
  return { ...base, segments };
}

describe('writers stream', () => {
  const doc = bigDocument(20_000);

  it.each(['tmx', 'xliff12', 'xliff20', 'csv', 'json'] as const)(
    '%s: many bounded chunks, produced lazily',
    (format) => {
      const file = writeExport(doc, format);
      const it = file.chunks[Symbol.iterator]();
      const firstChunk = it.next();
      expect(firstChunk.done).toBe(false);
      let count = 1;
      let max = 0;
      for (let r = it.next(); !r.done; r = it.next()) {
        count++;
        max = Math.max(max, r.value.length);
      }
      expect(count).toBeGreaterThan(20);
      expect(max).toBeLessThan(80 * 1024);
    },
  );

  it('every export format has a writer, a file name and a MIME type', () => {
    for (const format of EXPORT_FORMATS) {
      const file = writeExport(udhrDocument(), format);
      expect(file.name).toMatch(/^udhr\.en\.[a-z0-9.]+$/);
      expect(file.mime).not.toBe('');
      expect(Array.from(file.chunks).join('').length).toBeGreaterThan(100);
    }
  });
});
