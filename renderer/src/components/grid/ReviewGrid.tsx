import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentRow } from '../../../../core/api';
import { displayIndexOf, type DisplayItem } from '../../grid/display-items';
import { ChromeLaneRow } from './ChromeLaneRow';
import { GridRow, type RowHandlers } from './GridRow';

export type GridHandle = {
  /** Scrolls row `index` into view and puts the caret in its correction. */
  focusRow: (index: number) => void;
  scrollToRow: (index: number) => void;
};

type Props = {
  rows: readonly SegmentRow[];
  items: readonly DisplayItem[];
  total: number;
  epoch: number;
  patchVersion: number;
  getDraft: (segmentId: number) => string | undefined;
  showDiff: boolean;
  activeId: number | null;
  handlers: RowHandlers;
  onExpandChrome: () => void;
  gridRef: Ref<GridHandle>;
  /** MT-only documents: no source column. */
  hasSource: boolean;
  langs: { source: string; target: string };
};

const ESTIMATE = 72;

function reactKey(item: DisplayItem, rows: readonly SegmentRow[], epoch: number): string {
  if (item.type === 'chrome') return `c${item.start}`;
  if (item.type === 'placeholder') return `p${item.index}`;
  return `r${rows[item.index]?.id ?? item.index}-${epoch}`;
}

/** The virtualised review grid (role=grid): only the rows in view are in the DOM. */
export function ReviewGrid(props: Props) {
  const { rows, items, total, epoch, getDraft, showDiff, activeId, handlers } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Focus requests outlive a render (e.g. expanding the chrome lane first): read the latest lines.
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATE,
    overscan: 6,
    // The default index keys: a custom key runs for every line on each re-measure (20,000+ calls).
    useFlushSync: false,
  });

  const scrollToRow = useCallback(
    (index: number) => {
      const at = displayIndexOf(itemsRef.current, index);
      if (at >= 0) virtualizer.scrollToIndex(at, { align: 'auto' });
    },
    [virtualizer],
  );

  // A focus request waits for the render that shows its row: after a store edit the rows are new,
  // so an element found before that render would be the old one.
  const pendingFocus = useRef<{ index: number; until: number } | null>(null);
  const [, setFocusTick] = useState(0);

  const focusRow = useCallback(
    (index: number) => {
      pendingFocus.current = { index, until: performance.now() + 2000 };
      scrollToRow(index);
      setFocusTick((tick) => tick + 1);
    },
    [scrollToRow],
  );

  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    if (performance.now() > pending.until) {
      pendingFocus.current = null;
      return;
    }
    const target = scrollRef.current?.querySelector<HTMLElement>(
      `[data-row-index="${pending.index}"] :is(textarea, .correction-view)`,
    );
    if (target) {
      pendingFocus.current = null;
      target.focus();
    } else {
      // Not rendered yet (the virtualizer is still scrolling there): look again next frame.
      const frame = requestAnimationFrame(() => {
        scrollToRow(pending.index);
        setFocusTick((tick) => tick + 1);
      });
      return () => cancelAnimationFrame(frame);
    }
  });

  useImperativeHandle(props.gridRef, () => ({ focusRow, scrollToRow }), [focusRow, scrollToRow]);

  return (
    <div
      role="grid"
      className={props.hasSource ? 'review-grid' : 'review-grid no-source'}
      aria-label={t('grid.label')}
      aria-rowcount={total + 1}
      aria-colcount={props.hasSource ? 5 : 4}
      data-testid="review-grid"
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" className="grid-row head" aria-rowindex={1}>
          <div role="columnheader" className="cell cell-number">
            {t('grid.columns.number')}
          </div>
          <div role="columnheader" className="cell cell-source">
            {t('grid.columns.source')}
          </div>
          <div role="columnheader" className="cell">
            {t('grid.columns.mt')}
          </div>
          <div role="columnheader" className="cell">
            {t('grid.columns.correction')}
          </div>
          <div role="columnheader" className="cell">
            {t('grid.columns.status')}
          </div>
        </div>
      </div>
      <div ref={scrollRef} className="grid-scroll" data-testid="grid-scroll">
        <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const item = items[v.index];
            if (!item) return null;
            // React keys follow the content (a row keeps its cell state; store edits reset it).
            const key = reactKey(item, rows, epoch);
            if (item.type === 'chrome') {
              const flagged = rows
                .slice(item.start, item.start + item.count)
                .filter((r) => r.flags.length > 0).length;
              return (
                <ChromeLaneRow
                  key={key}
                  start={item.start}
                  count={item.count}
                  flagged={flagged}
                  onExpand={props.onExpandChrome}
                  top={v.start}
                  measureRef={virtualizer.measureElement}
                  displayIndex={v.index}
                />
              );
            }
            const row = item.type === 'row' ? rows[item.index] : undefined;
            if (!row) {
              return (
                <div
                  key={key}
                  role="row"
                  className="grid-row placeholder"
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  style={{ transform: `translateY(${v.start}px)` }}
                >
                  <div role="gridcell" aria-colspan={5} className="cell muted">
                    {t('common.loading')}
                  </div>
                </div>
              );
            }
            return (
              <GridRow
                key={key}
                row={row}
                rowIndex={item.index}
                draft={getDraft(row.id)}
                showDiff={showDiff}
                active={row.id === activeId}
                handlers={handlers}
                top={v.start}
                measureRef={virtualizer.measureElement}
                displayIndex={v.index}
                t={t}
                langs={props.langs}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
