/** Default cap on an input document: big enough for any real page, small enough to stay responsive. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export const formatSize = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${bytes} bytes`;

export const tooLargeProblem = (bytes: number, maxBytes: number): string =>
  `file is too large (${formatSize(bytes)}; the limit is ${formatSize(maxBytes)})`;
