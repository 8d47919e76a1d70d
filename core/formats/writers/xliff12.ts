/**
 * XLIFF 1.2 writer (strict schema): the correction as <target> with a state, the MT as
 * <alt-trans alttranstype="previous-version" origin="engine">, row kind as restype x-….
 */
import type { ExportDocument, ExportSegment } from '../../model';
import { XLIFF12_MT_QUALIFIER, XLIFF12_STATE } from '../interchange/states';
import {
  TOOL_ID,
  TOOL_NAME,
  TOOL_VERSION,
  batched,
  exportSegments,
  finalText,
  isoDate,
} from './common';
import type { WriteOptions } from './types';
import { langTag, xmlAttr, xmlText } from './xml';

function unit(s: ExportSegment, tgt: string, origin: string): string {
  const qualifier = s.correction === null ? ` state-qualifier="${XLIFF12_MT_QUALIFIER}"` : '';
  const approved = s.status === 'approved' ? ' approved="yes"' : '';
  const source = `<source>${xmlText(s.source)}</source>`;
  return (
    `<trans-unit id="${s.id}" restype="x-${s.kind}" extradata="order:${s.order}" xml:space="preserve"${approved}>\n` +
    `${source}\n<target state="${XLIFF12_STATE[s.status]}"${qualifier}>${xmlText(finalText(s))}</target>\n` +
    (s.comments ?? []).map((c) => `<note from="reviewer">${xmlText(c)}</note>\n`).join('') +
    `<alt-trans alttranstype="previous-version"${origin}>${source}<target xml:lang="${tgt}">${xmlText(s.mt)}</target></alt-trans>\n` +
    '</trans-unit>\n'
  );
}

function* parts(doc: ExportDocument, options: WriteOptions): Generator<string> {
  const src = langTag(doc.sourceLang);
  const tgt = langTag(doc.targetLang);
  const origin = doc.mtEngine ? ` origin="${xmlAttr(doc.mtEngine)}"` : '';
  const date = isoDate((options.now ?? new Date()).toISOString()) ?? '';
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n';
  yield `<file original="${xmlAttr(doc.name)}" source-language="${src}" target-language="${tgt}" datatype="plaintext" date="${date}" tool-id="${TOOL_ID}">\n`;
  yield `<header><tool tool-id="${TOOL_ID}" tool-name="${TOOL_NAME}" tool-version="${TOOL_VERSION}"/></header>\n<body>\n`;
  for (const s of exportSegments(doc, options)) yield unit(s, tgt, origin);
  yield '</body>\n</file>\n</xliff>\n';
}

/** The document as XLIFF 1.2 (valid against xliff-core-1.2-strict.xsd); chrome only with includeChrome. */
export function writeXliff12(doc: ExportDocument, options: WriteOptions = {}): Iterable<string> {
  return batched(parts(doc, options));
}
