import { InputError } from '../../core/model';
import { decodeLegacy } from './legacy-encoding';
import { DEFAULT_MAX_BYTES, tooLargeProblem } from './limits';
import { binaryProblem, guessBomlessUtf16, magicProblem } from './sniff-binary';

export type DecodeOptions = { maxBytes?: number };
export type DecodedText = { text: string; encoding: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const strictUtf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

function swapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

function decodeUtf16(body: Uint8Array, name: string, encoding: 'utf-16le' | 'utf-16be'): string {
  if (body.length % 2 !== 0)
    throw new InputError(name, `truncated ${encoding.toUpperCase()} text (odd number of bytes)`);
  try {
    return strictUtf16le.decode(encoding === 'utf-16le' ? body : swapBytes(body));
  } catch {
    throw new InputError(
      name,
      `truncated or damaged ${encoding.toUpperCase()} text (broken surrogate pair)`,
    );
  }
}

function decodeUtf8(body: Uint8Array, name: string, hadBom: boolean): string | undefined {
  try {
    return strictUtf8.decode(body);
  } catch {
    if (hadBom)
      throw new InputError(name, 'not valid UTF-8 although it starts with a UTF-8 byte-order mark');
    return undefined;
  }
}

function checkText(text: string, name: string): void {
  if (text.trim() === '') throw new InputError(name, 'file contains no text');
  // Control characters other than tab, newlines, form feed and escape mean the bytes are not text.
  const sample = Math.min(text.length, 65536);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && (code < 0x09 || (code > 0x0d && code !== 0x1b))) control++;
  }
  if (control > Math.max(2, sample * 0.01))
    throw new InputError(name, 'binary file, not a text document');
}

/**
 * Decodes a document's bytes, detecting the encoding (BOMs, strict UTF-8, BOM-less UTF-16, then
 * the most plausible legacy code page). Throws InputError(name, problem) for empty, too large,
 * binary, truncated UTF-16 or undecodable input. Needs no file path: the store calls it on uploads.
 */
export function decodeDocumentBytes(
  bytes: Uint8Array,
  name: string,
  opts: DecodeOptions = {},
): DecodedText {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new InputError(name, 'file is empty');
  if (bytes.length > maxBytes) throw new InputError(name, tooLargeProblem(bytes.length, maxBytes));

  let result: DecodedText | undefined;
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    result = { text: decodeUtf8(bytes.subarray(3), name, true) ?? '', encoding: 'utf-8' };
  } else if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) {
    throw new InputError(name, 'UTF-32 text is not supported; save it as UTF-8');
  } else if (b0 === 0xff && b1 === 0xfe) {
    result = { text: decodeUtf16(bytes.subarray(2), name, 'utf-16le'), encoding: 'utf-16le' };
  } else if (b0 === 0xfe && b1 === 0xff) {
    result = { text: decodeUtf16(bytes.subarray(2), name, 'utf-16be'), encoding: 'utf-16be' };
  } else {
    const magic = magicProblem(bytes);
    if (magic) throw new InputError(name, magic);
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16) result = { text: decodeUtf16(bytes, name, utf16), encoding: utf16 };
  }
  if (!result) {
    const problem = binaryProblem(bytes);
    if (problem) throw new InputError(name, problem);
    const utf8 = decodeUtf8(bytes, name, false);
    if (utf8 !== undefined) result = { text: utf8, encoding: 'utf-8' };
    else {
      const legacy = decodeLegacy(bytes);
      if (legacy.score < 0)
        throw new InputError(
          name,
          'cannot decode the text: not UTF-8/UTF-16 and no known encoding fits',
        );
      result = { text: legacy.text, encoding: legacy.encoding };
    }
  }
  checkText(result.text, name);
  return result;
}
