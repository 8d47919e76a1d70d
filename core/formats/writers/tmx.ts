/**
 * TMX 1.4b writer: one <tu> per row with the source and the corrected target; the MT, status, kind
 * and whether a human corrected the row ride along as <prop>s. Streams one chunk per batch of rows.
 */
import type { ExportDocument, ExportSegment } from '../../model';
import { TOOL_NAME, TOOL_VERSION, batched, exportSegments, finalText, tmxDate } from './common';
import type { WriteOptions } from './types';
import { langTag, xmlAttr, xmlText } from './xml';

/** TMX prop types Sverka writes (and its reader understands). */
export const TMX_PROP = {
  mt: 'x-mt',
  status: 'x-status',
  kind: 'x-kind',
  corrected: 'x-corrected',
  order: 'x-order',
} as const;

function tu(s: ExportSegment, src: string, tgt: string, engine: string): string {
  const created = tmxDate(s.createdAt);
  const changed = tmxDate(s.changedAt);
  let head = `<tu tuid="${s.id}"`;
  if (created) head += ` creationdate="${created}"`;
  if (engine) head += ` creationid="${xmlAttr(engine)}"`;
  if (changed) head += ` changedate="${changed}"`;
  return (
    `${head}>\n` +
    `<prop type="${TMX_PROP.mt}">${xmlText(s.mt)}</prop>` +
    `<prop type="${TMX_PROP.status}">${s.status}</prop>` +
    `<prop type="${TMX_PROP.kind}">${s.kind}</prop>` +
    `<prop type="${TMX_PROP.corrected}">${s.correction === null ? 'no' : 'yes'}</prop>` +
    `<prop type="${TMX_PROP.order}">${s.order}</prop>\n` +
    (s.comments ?? []).map((c) => `<note>${xmlText(c)}</note>\n`).join('') +
    `<tuv xml:lang="${src}"><seg>${xmlText(s.source)}</seg></tuv>\n` +
    `<tuv xml:lang="${tgt}"><seg>${xmlText(finalText(s))}</seg></tuv>\n</tu>\n`
  );
}

function* parts(doc: ExportDocument, options: WriteOptions): Generator<string> {
  const src = langTag(doc.sourceLang);
  const tgt = langTag(doc.targetLang);
  const now = tmxDate((options.now ?? new Date()).toISOString()) ?? '';
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n';
  yield `<header creationtool="${TOOL_NAME}" creationtoolversion="${TOOL_VERSION}" segtype="paragraph" o-tmf="${TOOL_NAME}" adminlang="en" srclang="${src}" datatype="plaintext" creationdate="${now}">\n`;
  yield `<prop type="x-document">${xmlText(doc.name)}</prop>\n`;
  if (doc.mtEngine) yield `<prop type="x-mt-engine">${xmlText(doc.mtEngine)}</prop>\n`;
  yield '</header>\n<body>\n';
  for (const s of exportSegments(doc, options)) yield tu(s, src, tgt, doc.mtEngine);
  yield '</body>\n</tmx>\n';
}

/** The document as TMX 1.4b (valid against the LISA tmx14.dtd); chrome rows only with includeChrome. */
export function writeTmx(doc: ExportDocument, options: WriteOptions = {}): Iterable<string> {
  return batched(parts(doc, options));
}
