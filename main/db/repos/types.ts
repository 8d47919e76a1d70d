import type { ParagraphKind, SegmentStatus, Side } from '../../../core/model';

/** The stored state of one review row that edits change and undo restores (derived text excluded). */
export type SegmentState = {
  id: number;
  live: boolean;
  s0: number;
  s1: number;
  t0: number;
  t1: number;
  confidence: number;
  origin: 'auto' | 'manual';
  pinned: boolean;
  status: SegmentStatus;
  split: boolean;
};

/** Columns computed from the paragraphs a row covers. */
export type SegmentDerived = {
  kind: ParagraphKind;
  untranslated: boolean;
  sourceText: string;
  mtText: string;
};

export type SegmentRecord = SegmentState &
  SegmentDerived & {
    documentId: number;
    ord: number | null;
    createdAt: string;
    changedAt: string;
  };

export type ParagraphRecord = {
  side: Side;
  idx: number;
  text: string;
  kind: ParagraphKind;
  lang: string;
  untranslated: boolean;
  path: string | null;
  chromeReason: string | null;
};

export function nowIso(): string {
  return new Date().toISOString();
}
