/**
 * Recognises files that are not text: known binary formats by their magic bytes, then NUL and
 * control-byte density. Returns the problem to report, or undefined when the bytes may be text.
 */

const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (DOCX/ODT/EPUB are not supported yet)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['an old Microsoft Office file', [0xd0, 0xcf, 0x11, 0xe0]],
  ['an SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

const SAMPLE = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a byte-order mark: one byte of each pair (the high byte) takes very few values
 * (0x00 for ASCII, 0x04 for Cyrillic…) while the other varies, and some high bytes are zero.
 */
export function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  for (let i = 0; i < n; i += 2) {
    const lo = bytes[i] as number;
    const hi = bytes[i + 1] as number;
    even[lo] = (even[lo] ?? 0) + 1;
    odd[hi] = (odd[hi] ?? 0) + 1;
  }
  const pairs = n / 2;
  const topTwo = (counts: Uint32Array): number => {
    const sorted = [...counts].sort((a, b) => b - a);
    return (sorted[0] ?? 0) + (sorted[1] ?? 0);
  };
  const looksHigh = (high: Uint32Array, low: Uint32Array): boolean =>
    (high[0] ?? 0) > 0 && (low[0] ?? 0) < 0.02 * pairs && topTwo(high) >= 0.9 * pairs;
  if (looksHigh(odd, even)) return 'utf-16le';
  if (looksHigh(even, odd)) return 'utf-16be';
  return undefined;
}

/** The known binary format these bytes start with, as a problem to report, or undefined. */
export function magicProblem(bytes: Uint8Array): string | undefined {
  for (const [what, magic] of MAGIC) {
    if (startsWith(bytes, magic)) return `binary file (looks like ${what}), not a text document`;
  }
  return undefined;
}

/** Why these BOM-less, non-UTF-16 bytes are not text (NULs, control bytes), or undefined. */
export function binaryProblem(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SAMPLE);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)
      control++;
  }
  if (nul > 0 || control > Math.max(2, n * 0.01)) return 'binary file, not a text document';
  return undefined;
}
