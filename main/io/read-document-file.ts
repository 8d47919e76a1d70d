import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../../core/model';
import type { DecodeOptions } from './decode-document';
import { decodeDocumentBytes } from './decode-document';
import { DEFAULT_MAX_BYTES, tooLargeProblem } from './limits';

export type ReadDocument = { name: string; text: string; encoding: string; bytes: Uint8Array };

function fsProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot read the file (${typeof code === 'string' ? code : 'unknown error'})`;
}

/**
 * Reads and decodes a document file. The size limit is checked before reading, so a huge file
 * costs nothing. Errors are InputError naming `path` as given.
 */
export async function readDocumentFile(
  path: string,
  opts: DecodeOptions = {},
): Promise<ReadDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
    if (info.size > maxBytes) throw new InputError(path, tooLargeProblem(info.size, maxBytes));
    bytes = await readFile(path); // a Buffer is a Uint8Array: no copy
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, fsProblem(error));
  }
  const { text, encoding } = decodeDocumentBytes(bytes, path, { maxBytes });
  return { name: basename(path), text, encoding, bytes };
}
