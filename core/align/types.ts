import type { AlignGroup, ParagraphKind } from '../model';

/** One paragraph handed to the aligner. */
export type AlignInput = { text: string; kind?: ParagraphKind };

/** One bilingual lexicon entry (hunalign's `english @ русский` line, already split). */
export type LexiconPair = { source: string; target: string };

export type AlignOptions = {
  /** Optional bilingual lexicon; helps when given, never required. */
  lexicon?: readonly LexiconPair[];
  /** Called with a fraction in [0,1] as the work advances. */
  onProgress?: (fraction: number) => void;
  /** BCP 47 / ISO 639-1 hints; informational (tokenisation is script-driven). */
  sourceLang?: string;
  targetLang?: string;
};

/** A group the review grid can edit; pinned groups survive re-alignment unchanged. */
export type EditableGroup = AlignGroup & { pinned: boolean };
