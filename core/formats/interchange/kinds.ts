import type { ParagraphKind } from '../../model';

const KINDS: readonly ParagraphKind[] = ['body', 'heading', 'chrome'];

/** A row kind from a stored value ("chrome", or "x-chrome" in XLIFF 1.2 restype); body otherwise. */
export function kindFrom(value: string | undefined): ParagraphKind {
  const v = value?.startsWith('x-') ? value.slice(2) : value;
  return KINDS.find((k) => k === v) ?? 'body';
}

/** Correction as written vs the MT, when the file does not say whether a human corrected it. */
export function correctionFrom(
  corrected: string | undefined,
  target: string,
  mt: string,
): string | null {
  if (corrected === 'no') return null;
  if (corrected === 'yes') return target;
  return target === mt ? null : target;
}
