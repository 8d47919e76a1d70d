import type { ExportDocument, ExportSegment } from '../../model';
import type { WriteOptions } from './types';

export const TOOL_NAME = 'Sverka';
export const TOOL_ID = 'sverka';
export const TOOL_VERSION = '0.1.0';

/** The text that leaves the app for a row: the correction, or the MT where nobody corrected it. */
export const finalText = (s: ExportSegment): string => s.correction ?? s.mt;

/** Rows in document order, chrome left out unless asked for. Does not copy when already ordered. */
export function exportSegments(doc: ExportDocument, options: WriteOptions = {}): ExportSegment[] {
  let rows = doc.segments;
  let sorted = true;
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i - 1]?.order ?? 0) > (rows[i]?.order ?? 0)) {
      sorted = false;
      break;
    }
  }
  if (!sorted) rows = [...rows].sort((a, b) => a.order - b.order);
  return options.includeChrome ? rows : rows.filter((s) => s.kind !== 'chrome');
}

// The store writes canonical UTC timestamps; those convert by slicing, anything else goes via Date.
const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;

function canonical(iso: string): string | null {
  if (CANONICAL.test(iso)) return iso;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** ISO 8601 → TMX date (YYYYMMDDThhmmssZ); null when the input is not a date. */
export function tmxDate(iso: string): string | null {
  const c = canonical(iso);
  return c === null
    ? null
    : `${c.slice(0, 4)}${c.slice(5, 7)}${c.slice(8, 10)}T${c.slice(11, 13)}${c.slice(14, 16)}${c.slice(17, 19)}Z`;
}

/** ISO 8601 → xsd:dateTime in UTC without fractional seconds; null when the input is not a date. */
export function isoDate(iso: string): string | null {
  const c = canonical(iso);
  return c === null ? null : `${c.slice(0, 19)}Z`;
}

/** A file name for the export: the document name without its extension, made safe for any OS. */
export function exportName(doc: ExportDocument, suffix: string): string {
  const base = doc.name
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001F]+/g, '_')
    .trim();
  return `${base || `document-${doc.id}`}${suffix}`;
}

/** Yields strings in batches so a consumer gets few large chunks instead of 100,000 tiny ones. */
export function* batched(parts: Iterable<string>, size = 64 * 1024): Generator<string> {
  let buf = '';
  for (const p of parts) {
    buf += p;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf !== '') yield buf;
}
