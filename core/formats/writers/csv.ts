/**
 * CSV export (RFC 4180: CRLF rows, fields quoted when they hold a quote, comma or line break),
 * UTF-8 with a BOM so Excel reads Cyrillic, and cells defused against formula injection.
 */
import type { ExportDocument } from '../../model';
import { batched, exportSegments } from './common';
import type { WriteOptions } from './types';

export const CSV_BOM = '\uFEFF';

// A spreadsheet evaluates a cell that starts with one of these (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula starts prefixed with an apostrophe, then RFC 4180 quoting. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record with its CRLF terminator. */
export function csvRow(values: readonly (string | number | null)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export const SEGMENT_CSV_COLUMNS = [
  'id',
  'order',
  'kind',
  'status',
  'source',
  'mt',
  'correction',
  'created_at',
  'changed_at',
] as const;

function* parts(doc: ExportDocument, options: WriteOptions): Generator<string> {
  yield csvRow(SEGMENT_CSV_COLUMNS);
  for (const s of exportSegments(doc, options)) {
    yield csvRow([
      s.id,
      s.order,
      s.kind,
      s.status,
      s.source,
      s.mt,
      s.correction,
      s.createdAt,
      s.changedAt,
    ]);
  }
}

/** Rows as CSV; the first chunk is the BOM alone. An empty correction cell means "not corrected". */
export function* writeCsv(doc: ExportDocument, options: WriteOptions = {}): Generator<string> {
  yield CSV_BOM;
  yield* batched(parts(doc, options));
}
