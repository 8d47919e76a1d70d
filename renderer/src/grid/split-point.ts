import type { SegmentRow } from '../../../core/api';

/**
 * Where to split a row, in paragraphs per side. Rows are split between paragraphs (the store's unit):
 * the caret's line in the correction picks the boundary, the first one when the caret is on line 1.
 * Null when the row has a single paragraph in all and cannot be split.
 */
export function splitPoint(
  row: SegmentRow,
  caretLine: number,
): { source: number; target: number } | null {
  const sourceCount = row.sourceIndices.length;
  const targetCount = row.targetIndices.length;
  const all = sourceCount + targetCount;
  const k = Math.max(1, caretLine);
  const candidates = [
    { source: Math.min(k, sourceCount), target: Math.min(k, targetCount) },
    { source: Math.min(1, sourceCount), target: Math.min(1, targetCount) },
  ];
  return candidates.find((c) => c.source + c.target > 0 && c.source + c.target < all) ?? null;
}
