import type { ParagraphKind, SegmentStatus } from '../model';

/** Post-editing effort of one row: the MT (hypothesis) measured against the post-edit (reference). */
export type SegmentMetrics = {
  id: number;
  order: number;
  kind: ParagraphKind;
  status: SegmentStatus;
  corrected: boolean;
  mt: string;
  postEdit: string;
  mtWords: number;
  postEditWords: number;
  /** HTER × 100: TER(MT → post-edit) with shifts, edits / post-edit words. 0 when untouched. */
  hter: number;
  terEdits: number;
  terShifts: number;
  /** chrF2 of the MT against the post-edit, 0..100 (100 = unchanged). */
  chrF: number;
  /** Levenshtein distance in code points and in words. */
  charDistance: number;
  wordDistance: number;
  /** Seconds of editing attributed to the row from revision timestamps; null when never edited. */
  timeSec: number | null;
  revisions: number;
};

export type ReportTotals = {
  segments: number;
  corrected: number;
  approved: number;
  rejected: number;
  mtWords: number;
  postEditWords: number;
  /** Corpus HTER × 100: all edits / all post-edit words (sacreBLEU corpus TER). */
  hter: number;
  /** Mean of the per-row HTER values. */
  meanHter: number;
  /** Corpus chrF2 from summed n-gram statistics. */
  chrF: number;
  charDistance: number;
  wordDistance: number;
  timeSec: number;
};

export type PostEditReport = {
  document: { id: number; name: string; sourceLang: string; targetLang: string; mtEngine: string };
  generatedAt: string;
  signatures: { hter: string; chrF: string };
  settings: { includeChrome: boolean; idleCapSec: number };
  totals: ReportTotals;
  segments: SegmentMetrics[];
};

export type ReportOptions = {
  includeChrome?: boolean;
  /** Gaps between edits longer than this count as a pause, not as editing. Default 300 s. */
  idleCapSec?: number;
  now?: Date;
};
