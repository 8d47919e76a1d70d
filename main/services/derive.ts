import type { SegmentRow } from '../../core/api';
import type { ParagraphKind, SegmentFlag } from '../../core/model';
import type { ParagraphRecord, SegmentDerived, SegmentListRow } from '../db/repos';
import { qaFlags } from '../db/repos';

/** Paragraphs of one side of a row are shown (and concatenated on merge) one per line. */
export const PARAGRAPH_JOINER = '\n';

export const LOW_CONFIDENCE = 0.5;

type ParagraphLike = Pick<ParagraphRecord, 'text' | 'kind' | 'untranslated'>;

/** The columns a row derives from its paragraphs: joined texts, kind (target side decides), untranslated. */
export function deriveSegment(
  source: readonly ParagraphLike[],
  target: readonly ParagraphLike[],
): SegmentDerived {
  const decider = target.length > 0 ? target : source;
  let kind: ParagraphKind = 'chrome';
  if (decider.some((p) => p.kind === 'heading')) kind = 'heading';
  else if (decider.some((p) => p.kind === 'body')) kind = 'body';
  return {
    kind,
    untranslated: target.some((p) => p.untranslated),
    sourceText: source.map((p) => p.text).join(PARAGRAPH_JOINER),
    mtText: target.map((p) => p.text).join(PARAGRAPH_JOINER),
  };
}

/** Flags of a row; `added` only makes sense when the document has a source side. */
export function flagsOf(row: SegmentListRow, hasSource: boolean): SegmentFlag[] {
  const flags: SegmentFlag[] = [];
  if (row.untranslated) flags.push('untranslated');
  if (row.confidence < LOW_CONFIDENCE) flags.push('low-confidence');
  if (hasSource && row.t0 === row.t1) flags.push('dropped');
  if (hasSource && row.s0 === row.s1) flags.push('added');
  if (row.split) flags.push('split');
  flags.push(...qaFlags(row.sourceText, row.correction ?? row.mtText));
  return flags;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

export function toSegmentRow(row: SegmentListRow, hasSource: boolean): SegmentRow {
  return {
    id: row.id,
    order: row.ord ?? -1,
    source: row.sourceText,
    mt: row.mtText,
    correction: row.correction,
    status: row.status,
    kind: row.kind,
    flags: flagsOf(row, hasSource),
    confidence: row.confidence,
    pinned: row.pinned,
    sourceIndices: range(row.s0, row.s1),
    targetIndices: range(row.t0, row.t1),
    comments: row.comments,
  };
}

export { range as indexRange };
