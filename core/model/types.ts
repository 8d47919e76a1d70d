/**
 * Domain types shared by every layer. Plain data only: these shapes cross the API boundary as JSON,
 * so ids are numbers (SQLite rowids) branded at compile time to keep them from being mixed up.
 */

export type Brand<T, B extends string> = T & { readonly __brand: B };
export type ProjectId = Brand<number, 'ProjectId'>;
export type DocumentId = Brand<number, 'DocumentId'>;
export type SegmentId = Brand<number, 'SegmentId'>;

/** What a paragraph is on the page: article text, a heading, or page chrome (menus, banners, notices). */
export type ParagraphKind = 'body' | 'heading' | 'chrome';

/** How plain text is cut into paragraphs (see core/segment). */
export type SplitMode = 'auto' | 'lines' | 'blank';

/** The input formats core/formats can read into paragraphs. */
export type SourceFormat = 'txt' | 'md' | 'html';

export type Side = 'source' | 'target';

/** One paragraph of a segmented document. */
export type Paragraph = {
  /** 0-based position in the document's paragraph sequence. */
  index: number;
  text: string;
  kind: ParagraphKind;
  /** ISO 639-1 code, or 'und' when the identifier is unsure. */
  lang: string;
  /** True when the paragraph is in the source language inside a document declared as the target language. */
  untranslated: boolean;
  /**
   * HTML only: where the paragraph's block element sits in the original page, as element-child indices
   * from documentElement joined by '/', e.g. "1/0/3" = documentElement.children[1].children[0].children[3].
   * Computed on the page as parsed, before anything is removed, so a writer can put corrected text back.
   */
  path?: string;
  /** Short machine-readable reason a paragraph was classed chrome (e.g. "nav", "cookie", "repeated"). */
  chromeReason?: string;
};

/** A document after reading and segmentation. */
export type SegmentedDocument = {
  format: SourceFormat;
  paragraphs: Paragraph[];
};

/**
 * One alignment group: source paragraph indices and target paragraph indices (each ascending and
 * contiguous), either side possibly empty (1:0 = MT dropped text, 0:1 = MT added text or chrome).
 */
export type AlignGroup = {
  src: number[];
  tgt: number[];
  /** In [0,1]; low means "a human should look here". */
  confidence: number;
};

export type SegmentStatus = 'new' | 'edited' | 'approved' | 'rejected';

export type RevisionOrigin = 'typed' | 'replace' | 'undo' | 'propagated' | 'import';

export type Revision = {
  /** 1-based revision number within its segment. */
  revision: number;
  text: string;
  /** ISO 8601 UTC timestamp. */
  createdAt: string;
  origin: RevisionOrigin;
};

/** Flags a review row can carry. */
export type SegmentFlag =
  | 'untranslated'
  | 'low-confidence'
  | 'dropped' // 1:0, the MT lost source text
  | 'added' // 0:1, the MT has text the source does not
  | 'split' // the row came from a split and its correction needs a look
  | 'numbers' // QA: a number of the source is missing or changed in the translation
  | 'quotes'; // QA: unbalanced quotation marks in the translation

/**
 * Everything an exporter needs to know about one document, independent of storage.
 * Built by main/services from the store; consumed by core/formats writers.
 */
export type ExportDocument = {
  id: number;
  name: string;
  sourceLang: string;
  targetLang: string;
  /** The imported target file's format and its original text (for structure-keeping exports). */
  targetFormat: SourceFormat;
  targetOriginal: string;
  sourceName: string | null;
  targetParagraphs: Paragraph[];
  segments: ExportSegment[];
  /** Name of the MT engine, e.g. "Yandex Translate" (for XLIFF/TMX origin attributes). */
  mtEngine: string;
};

export type ExportSegment = {
  id: number;
  /** 0-based position of the row in the document. */
  order: number;
  source: string;
  mt: string;
  /** Current correction, or null when the reviewer has not touched the row. */
  correction: string | null;
  status: SegmentStatus;
  kind: ParagraphKind;
  sourceIndices: number[];
  targetIndices: number[];
  /** All revisions, oldest first (empty when never corrected). */
  revisions: Revision[];
  /** Reviewer comments on the row, oldest first (absent or empty when none). */
  comments?: string[];
  createdAt: string;
  changedAt: string;
};
