import type { SegmentRow } from '../../../core/api';

/** What one line of the virtual grid shows. */
export type DisplayItem =
  | { type: 'row'; index: number }
  | { type: 'chrome'; start: number; count: number }
  | { type: 'placeholder'; index: number };

/**
 * The grid's lines in document order. With chrome collapsed, each run of consecutive page-chrome rows
 * becomes one lane line; rows not loaded yet are placeholders so the scrollbar is right from the start.
 */
export function buildDisplayItems(
  rows: readonly SegmentRow[],
  total: number,
  collapseChrome: boolean,
): DisplayItem[] {
  const items: DisplayItem[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (collapseChrome && row?.kind === 'chrome') {
      const last = items[items.length - 1];
      if (last?.type === 'chrome' && last.start + last.count === i) last.count++;
      else items.push({ type: 'chrome', start: i, count: 1 });
    } else {
      items.push({ type: 'row', index: i });
    }
  }
  for (let i = rows.length; i < total; i++) items.push({ type: 'placeholder', index: i });
  return items;
}

/** The display line that shows row `index` (its chrome lane when collapsed), or -1. */
export function displayIndexOf(items: readonly DisplayItem[], index: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (!item) return -1;
    const start = item.type === 'chrome' ? item.start : item.index;
    const end = item.type === 'chrome' ? item.start + item.count : item.index + 1;
    if (index < start) hi = mid - 1;
    else if (index >= end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
