/**
 * A block of text as a reader found it, with the structural signals the segmenter's classifier uses.
 * Readers only describe; they never decide body/heading/chrome.
 */
export type ReadBlock = {
  text: string;
  /** HTML only: element-child indices from documentElement joined by '/' (see Paragraph.path). */
  path?: string;
  /** 1–6 when markup says the block is a heading (h1–h6, role=heading, Markdown #). */
  headingLevel?: number;
  /** Chrome hint from markup (e.g. "nav", "footer", "cookie", "advert", "hidden"), if any. */
  chromeHint?: string;
  /** Share of the block's letters that sit inside links, 0..1. */
  linkDensity: number;
  /** Blocks cut from one source unit share a group: lines of one text block, items of one list. */
  group: number;
  /** True for list items and lines split out of a list- or menu-like text block. */
  listItem: boolean;
  /** Preformatted text (pre, fenced code): never joined or re-wrapped. */
  preformatted?: boolean;
};
