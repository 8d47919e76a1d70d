import { useCallback } from 'react';
import type { SegmentRow } from '../../../core/api';
import type { SegmentStatus } from '../../../core/model';
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

/** Lines before the caret of the focused correction: the split point a reviewer points at. */
function caretLine(row: SegmentRow): number {
  const el = document.activeElement;
  if (!(el instanceof HTMLTextAreaElement)) return 0;
  if (el.closest('[data-segment-id]')?.getAttribute('data-segment-id') !== String(row.id)) return 0;
  return el.value.slice(0, el.selectionStart).split('\n').length - 1;
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
    const point = splitPoint(active, caretLine(active));
    if (!point) deps.onCannotSplit();
    else void thenRefocus(actions.split(active, point.source, point.target));
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
