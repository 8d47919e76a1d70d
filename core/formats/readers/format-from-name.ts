import type { SourceFormat } from '../../model';

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/**
 * The source format a file name implies by its extension (case-insensitive); 'txt' for anything
 * else, since plain text is the safe reading of an unknown text file.
 */
export function formatFromName(name: string): SourceFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? 'txt';
}
