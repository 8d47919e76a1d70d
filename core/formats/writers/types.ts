import type { ExportFormat } from '../../api';

export type WriteOptions = {
  /** Keep page-chrome rows/paragraphs in the export. Default false: chrome is not the article. */
  includeChrome?: boolean;
  /** Clock for header dates (tests pin it); defaults to the current time. */
  now?: Date;
};

/** One export, as a lazy sequence of text chunks the caller joins or streams to a file. */
export type ExportFile = { name: string; mime: string; chunks: Iterable<string> };

export type { ExportFormat };
