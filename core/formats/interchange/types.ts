import type { ParagraphKind, SegmentStatus } from '../../model';

/** One unit read back from a TMX or XLIFF file. */
export type InterchangeSegment = {
  /** The unit's id as written in the file (tuid / trans-unit id / unit id). */
  id: string;
  source: string;
  mt: string;
  /** null when the file marks the target as the untouched MT. */
  correction: string | null;
  status: SegmentStatus;
  kind: ParagraphKind;
};

export type InterchangeDocument = {
  sourceLang: string;
  targetLang: string;
  segments: InterchangeSegment[];
};
