/**
 * XLIFF 2.0 writer: <segment state> carries the status, the MT is an mtc:match of type "mt" with the
 * engine as origin, the revision history (with its dates) is ctr:changeTrack, and Sverka's own row
 * facts (kind, corrected or not, order) sit in mda:metadata. Valid against the core + module schemas.
 */
import type { ExportDocument, ExportSegment } from '../../model';
import { XLIFF20_STATE } from '../interchange/states';
import { batched, exportSegments, finalText, isoDate } from './common';
import type { WriteOptions } from './types';
import { langTag, xmlAttr, xmlText } from './xml';

export const XLIFF20_NS = {
  core: 'urn:oasis:names:tc:xliff:document:2.0',
  mtc: 'urn:oasis:names:tc:xliff:matches:2.0',
  ctr: 'urn:oasis:names:tc:xliff:changetracking:2.0',
  mda: 'urn:oasis:names:tc:xliff:metadata:2.0',
} as const;

/** mda:metaGroup category Sverka writes its row facts under. */
export const SVERKA_META = 'sverka';

function meta(type: string, value: string): string {
  return `<mda:meta type="${type}">${xmlText(value)}</mda:meta>`;
}

function changeTrack(s: ExportSegment, segId: string): string {
  if (s.revisions.length === 0) return '';
  const last = s.revisions[s.revisions.length - 1];
  let out = `<ctr:changeTrack><ctr:revisions appliesTo="target" ref="${segId}" currentVersion="r${last?.revision ?? 1}">\n`;
  // Newest first, as in the module's examples.
  for (let k = s.revisions.length - 1; k >= 0; k--) {
    const r = s.revisions[k];
    if (!r) continue;
    const when = isoDate(r.createdAt);
    out += `<ctr:revision version="r${r.revision}"${when ? ` datetime="${when}"` : ''} author="${r.origin}"><ctr:item property="content">${xmlText(r.text)}</ctr:item></ctr:revision>\n`;
  }
  return `${out}</ctr:revisions></ctr:changeTrack>\n`;
}

// Reviewer comments as core <notes>: after the module elements, before the segment.
function notes(s: ExportSegment): string {
  if (!s.comments || s.comments.length === 0) return '';
  const items = s.comments.map((c) => `<note category="comment">${xmlText(c)}</note>`).join('');
  return `<notes>${items}</notes>\n`;
}

function unit(s: ExportSegment, origin: string): string {
  const segId = `s${s.id}`;
  const st = XLIFF20_STATE[s.status];
  const sub = st.subState ? ` subState="${st.subState}"` : '';
  const source = `<source>${xmlText(s.source)}</source>`;
  return (
    `<unit id="${s.id}" xml:space="preserve">\n` +
    `<mda:metadata><mda:metaGroup category="${SVERKA_META}">${meta('kind', s.kind)}${meta('corrected', s.correction === null ? 'no' : 'yes')}${meta('order', String(s.order))}</mda:metaGroup></mda:metadata>\n` +
    `<mtc:matches><mtc:match ref="#${segId}" type="mt"${origin}>${source}<target>${xmlText(s.mt)}</target></mtc:match></mtc:matches>\n` +
    changeTrack(s, segId) +
    notes(s) +
    `<segment id="${segId}" state="${st.state}"${sub}>${source}<target>${xmlText(finalText(s))}</target></segment>\n` +
    '</unit>\n'
  );
}

function* parts(doc: ExportDocument, options: WriteOptions): Generator<string> {
  const origin = doc.mtEngine ? ` origin="${xmlAttr(doc.mtEngine)}"` : '';
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<xliff xmlns="${XLIFF20_NS.core}" xmlns:mtc="${XLIFF20_NS.mtc}" xmlns:ctr="${XLIFF20_NS.ctr}" xmlns:mda="${XLIFF20_NS.mda}" version="2.0" srcLang="${langTag(doc.sourceLang)}" trgLang="${langTag(doc.targetLang)}">\n`;
  yield `<file id="f${doc.id}" original="${xmlAttr(doc.name)}">\n`;
  for (const s of exportSegments(doc, options)) yield unit(s, origin);
  yield '</file>\n</xliff>\n';
}

/** The document as XLIFF 2.0 with the Translation Candidates, Change Tracking and Metadata modules. */
export function writeXliff20(doc: ExportDocument, options: WriteOptions = {}): Iterable<string> {
  return batched(parts(doc, options));
}
