import type { TFunction } from 'i18next';
import { memo, type Ref } from 'react';
import type { SegmentRow } from '../../../../core/api';
import type { SegmentStatus } from '../../../../core/model';
import { CorrectionCell } from './CorrectionCell';
import { StatusCell } from './StatusCell';

export type RowHandlers = {
  onChange: (segmentId: number, text: string) => void;
  onBlur: (segmentId: number) => void;
  onStatus: (row: SegmentRow, status: SegmentStatus) => void;
  onFocusRow: (row: SegmentRow) => void;
  onComments: (row: SegmentRow) => void;
};

type Props = {
  row: SegmentRow;
  rowIndex: number;
  draft: string | undefined;
  showDiff: boolean;
  active: boolean;
  handlers: RowHandlers;
  top: number;
  measureRef: Ref<HTMLDivElement>;
  displayIndex: number;
  /** Passed down rather than hooked per cell: a scroll mounts many rows per frame. */
  t: TFunction;
  /** Languages of the two sides, so a screen reader reads each cell in its own language. */
  langs: { source: string; target: string };
};

/** One review row: # | source | MT | correction | status. Texts are rendered as text, never as HTML. */
export const GridRow = memo(function GridRow({
  row,
  rowIndex,
  draft,
  showDiff,
  active,
  handlers,
  top,
  measureRef,
  displayIndex,
  t,
  langs,
}: Props) {
  const classes = ['grid-row', `kind-${row.kind}`, `row-${row.status}`];
  if (active) classes.push('active');
  if (row.flags.length > 0) classes.push('flagged');
  return (
    <div
      role="row"
      ref={measureRef}
      style={{ transform: `translateY(${top}px)` }}
      className={classes.join(' ')}
      aria-rowindex={rowIndex + 2}
      aria-selected={active}
      data-index={displayIndex}
      data-row-index={rowIndex}
      data-segment-id={row.id}
      data-status={row.status}
      data-kind={row.kind}
      data-flags={row.flags.join(' ')}
      onFocus={() => handlers.onFocusRow(row)}
    >
      <div role="rowheader" className="cell cell-number">
        {row.order + 1}
      </div>
      <div
        role="gridcell"
        className="cell cell-text cell-source user-content"
        data-testid="cell-source"
        lang={langs.source}
      >
        {row.source}
      </div>
      <div
        role="gridcell"
        className="cell cell-text cell-mt user-content"
        data-testid="cell-mt"
        lang={langs.target}
      >
        {row.mt}
      </div>
      <div role="gridcell" className="cell cell-correction" lang={langs.target}>
        <CorrectionCell
          row={row}
          draft={draft}
          showDiff={showDiff}
          onChange={handlers.onChange}
          onBlur={handlers.onBlur}
          t={t}
        />
      </div>
      <div role="gridcell" className="cell cell-status">
        <StatusCell row={row} onStatus={handlers.onStatus} onComments={handlers.onComments} t={t} />
      </div>
    </div>
  );
});
