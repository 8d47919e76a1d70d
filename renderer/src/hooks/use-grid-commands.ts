import { useCallback } from 'react';
import type { SegmentRow } from '../../../core/api';
import type { SegmentStatus } from '../../../core/model';
// The file itself, not core/segment's index: that would pull the document readers into the bundle.
import { cutsAtCaret, nearestCut } from '../../../core/segment/sentence-cut';
import type { GridHandle } from '../components/grid/ReviewGrid';
import { splitPoint } from '../grid/split-point';
import type { ShortcutAction } from '../grid/shortcuts';
import type { DocumentRows } from './use-document-rows';
import type { ReviewActions } from './use-review-actions';

type Deps = {
  rows: DocumentRows;
  actions: ReviewActions;
  grid: { current: GridHandle | null };
  activeId: number | null;
  collapseChrome: boolean;
  onCannotSplit: () => void;
  onSearch: () => void;
  onToggleDiff: () => void;
  onHelp: () => void;
};

/** The focused correction field of this row, if the caret is in it. */
function caretField(row: SegmentRow): HTMLTextAreaElement | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLTextAreaElement)) return null;
  if (el.closest('[data-segment-id]')?.getAttribute('data-segment-id') !== String(row.id))
    return null;
  return el;
}

/** Lines before the caret of the focused correction: the split point a reviewer points at. */
function caretLine(row: SegmentRow): number {
  const el = caretField(row);
  return el === null ? 0 : el.value.slice(0, el.selectionStart).split('\n').length - 1;
}

/** The caret inside a line of the correction (not at a line's start or end), else null. */
function caretInsideLine(row: SegmentRow): { value: string; caret: number } | null {
  const el = caretField(row);
  if (el === null) return null;
  const { value, selectionStart: caret } = el;
  if (caret === 0 || caret >= value.length || value[caret - 1] === '\n' || value[caret] === '\n')
    return null;
  return { value, caret };
}

/**
 * How Split cuts a row: at the caret when it sits inside a line of the correction (paragraphs are cut
 * at the matching sentence breaks), else between paragraphs at the caret's line, else — a row of one
 * paragraph a side — at the sentence break nearest the middle of each text.
 */
function splitPlan(
  row: SegmentRow,
):
  | { kind: 'paragraphs'; source: number; target: number }
  | { kind: 'text'; cuts: { source: number; target: number; correction?: number } }
  | null {
  const inside = caretInsideLine(row);
  if (inside) return { kind: 'text', cuts: cutsAtCaret(row, inside.value, inside.caret) };
  const point = splitPoint(row, caretLine(row));
  if (point) return { kind: 'paragraphs', ...point };
  const source = nearestCut(row.source, 0.5) ?? row.source.length;
  const target = nearestCut(row.mt, 0.5) ?? row.mt.length;
  const correction = row.correction === null ? null : nearestCut(row.correction, 0.5);
  if (source + target === 0 || (source === row.source.length && target === row.mt.length))
    return null;
  return { kind: 'text', cuts: { source, target, ...(correction === null ? {} : { correction }) } };
}

/** What each command does to the active row, shared by the keyboard map and the toolbar. */
export function useGridCommands(deps: Deps) {
  const { rows, actions, grid, activeId, collapseChrome } = deps;

  const activeIndex = activeId === null ? -1 : rows.rows.findIndex((r) => r.id === activeId);
  const active = rows.rows[activeIndex];

  const find = useCallback(
    (from: number, step: 1 | -1, wanted: (row: SegmentRow) => boolean) => {
      for (let i = from + step; i >= 0 && i < rows.rows.length; i += step) {
        const row = rows.rows[i];
        if (!row || (collapseChrome && row.kind === 'chrome')) continue;
        if (wanted(row)) return i;
      }
      return -1;
    },
    [rows.rows, collapseChrome],
  );

  const focus = useCallback((index: number) => index >= 0 && grid.current?.focusRow(index), [grid]);

  const statusAndNext = useCallback(
    async (status: SegmentStatus) => {
      if (!active) return;
      await actions.setStatus(active, status);
      focus(find(activeIndex, 1, () => true));
    },
    [actions, active, activeIndex, find, focus],
  );

  // After an edit the rows are new: put the caret back at the same place in the document.
  const thenRefocus = useCallback(
    async (edit: Promise<unknown>) => {
      const at = activeIndex;
      await edit;
      if (at >= 0) focus(Math.min(at, rows.rows.length - 1));
    },
    [activeIndex, focus, rows.rows],
  );

  const split = useCallback(() => {
    if (!active) return;
    const plan = splitPlan(active);
    if (!plan) deps.onCannotSplit();
    else if (plan.kind === 'paragraphs')
      void thenRefocus(actions.split(active, plan.source, plan.target));
    else void thenRefocus(actions.splitText(active, plan.cuts));
  }, [active, actions, deps, thenRefocus]);

  const handlers: Partial<Record<ShortcutAction, () => void>> = {
    approveNext: () => void statusAndNext('approved'),
    rejectNext: () => void statusAndNext('rejected'),
    nextRow: () => focus(find(activeIndex, 1, () => true)),
    prevRow: () => focus(find(activeIndex, -1, () => true)),
    nextFlagged: () => focus(find(activeIndex, 1, (r) => r.flags.length > 0)),
    prevFlagged: () => focus(find(activeIndex, -1, (r) => r.flags.length > 0)),
    undo: () => void thenRefocus(actions.undo()),
    redo: () => void thenRefocus(actions.redo()),
    split,
    merge: () => active && void thenRefocus(actions.merge(active)),
    toggleChrome: () =>
      active && void thenRefocus(actions.setChrome(active, active.kind !== 'chrome')),
    boundaryDown: () => active && void thenRefocus(actions.moveBoundary(active, 'target', 1)),
    boundaryUp: () => active && void thenRefocus(actions.moveBoundary(active, 'target', -1)),
    search: deps.onSearch,
    toggleDiff: deps.onToggleDiff,
    help: deps.onHelp,
  };

  return {
    active,
    activeIndex,
    handlers,
    focus,
    moveBoundary: (side: 'source' | 'target', delta: 1 | -1) =>
      active && void thenRefocus(actions.moveBoundary(active, side, delta)),
    unlink: () => active && void thenRefocus(actions.unlink(active)),
    realign: () => void thenRefocus(actions.realign()),
    pin: () => active && void actions.setPinned(active, !active.pinned),
  };
}

export type GridCommands = ReturnType<typeof useGridCommands>;
