import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentFilter, SegmentRow } from '../../../core/api';
import type { SegmentStatus } from '../../../core/model';
import { languageName } from '../components/projects/language-names';
import { ExportMenu } from '../components/grid/ExportMenu';
import { FilterBar } from '../components/grid/FilterBar';
import type { RowHandlers } from '../components/grid/GridRow';
import { Minimap } from '../components/grid/Minimap';
import { ReviewGrid, type GridHandle } from '../components/grid/ReviewGrid';
import { ReviewProgress } from '../components/grid/ReviewProgress';
import { ReviewToolbar } from '../components/grid/ReviewToolbar';
import { CommentsDialog } from '../components/grid/CommentsDialog';
import { ShortcutSheet } from '../components/grid/ShortcutSheet';
import { buildDisplayItems } from '../grid/display-items';
import { useAlignmentPath } from '../hooks/use-alignment-path';
import { useCorrectionDrafts } from '../hooks/use-correction-drafts';
import { useDocumentRows } from '../hooks/use-document-rows';
import { useDocumentSummary } from '../hooks/use-document-summary';
import { useGridCommands } from '../hooks/use-grid-commands';
import { useReviewActions, type ReviewChange } from '../hooks/use-review-actions';
import { useShortcuts } from '../hooks/use-shortcuts';

/** One document's review grid with its header, filters, toolbar and minimap. */
export function DocumentScreen({ documentId }: { documentId: number }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const [filter, setFilter] = useState<SegmentFilter>({});
  const [showChrome, setShowChrome] = useState(false);
  const [showDiff, setShowDiff] = useState(true);
  const [help, setHelp] = useState(false);
  const [commentsFor, setCommentsFor] = useState<SegmentRow | null>(null);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [summaryVersion, setSummaryVersion] = useState(0);
  const [pathVersion, setPathVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const grid = useRef<GridHandle | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const rows = useDocumentRows(documentId, filter);
  const { info, error: loadError } = useDocumentSummary(documentId, summaryVersion);
  const path = useAlignmentPath(documentId, pathVersion);
  const { patchRow, findRow } = rows;

  const onSaved = useCallback(
    (segmentId: number, text: string) => {
      const row = findRow(segmentId);
      if (!row || (row.correction === text && row.status === 'edited')) return;
      // The store marks a saved row edited; an approved row leaving the count moves the progress bar.
      if (row.status === 'approved') setSummaryVersion((v) => v + 1);
      patchRow(segmentId, { correction: text, status: 'edited' });
    },
    [patchRow, findRow],
  );
  const drafts = useCorrectionDrafts(documentId, onSaved);
  const [announcement, setAnnouncement] = useState('');
  const onChanged = useCallback(
    (change: ReviewChange) => {
      setSummaryVersion((v) => v + 1);
      if (change.type === 'alignment') {
        setPathVersion((v) => v + 1);
        setAnnouncement(t('grid.announce.alignment', { count: change.total }));
      } else {
        const status = t(`grid.status.${change.status}`);
        setAnnouncement(t('grid.announce.status', { number: change.order + 1, status }));
      }
    },
    [t],
  );
  const actions = useReviewActions({ documentId, rows, drafts, onChanged });

  const filtered = Boolean(filter.text || filter.status || filter.flag || filter.kind);
  const collapseChrome = !showChrome && !filtered;
  const items = useMemo(
    () => buildDisplayItems(rows.rows, rows.total, collapseChrome),
    // rows.rows is appended in place; loadVersion says when it changed.
    [rows.loadVersion, rows.total, collapseChrome],
  );

  const commands = useGridCommands({
    rows,
    actions,
    grid,
    activeId,
    collapseChrome,
    onCannotSplit: () => setNotice(t('grid.errors.cannotSplit')),
    onSearch: () => searchRef.current?.focus(),
    onToggleDiff: () => setShowDiff((v) => !v),
    onHelp: () => setHelp(true),
  });
  useShortcuts(commands.handlers);

  const { setStatus } = actions;
  const handlers = useMemo<RowHandlers>(
    () => ({
      onChange: drafts.change,
      onBlur: (segmentId) => void drafts.flush(segmentId).catch(() => undefined),
      onStatus: (row: SegmentRow, status: SegmentStatus) => void setStatus(row, status),
      onFocusRow: (row: SegmentRow) => setActiveId(row.id),
      onComments: (row: SegmentRow) => setCommentsFor(row),
    }),
    [drafts, setStatus],
  );
  const onCommentCount = useCallback(
    (segmentId: number, count: number) => patchRow(segmentId, { comments: count }),
    [patchRow],
  );

  const sourceLang = info?.sourceLang ?? '';
  const targetLang = info?.targetLang ?? '';
  const langs = useMemo(
    () => ({ source: sourceLang, target: targetLang }),
    [sourceLang, targetLang],
  );

  const message = actions.error ?? notice ?? rows.error;
  return (
    <main className="document-screen" data-testid="document-screen">
      <div className="document-header">
        <a href="#/" className="back-link">
          {t('grid.header.back')}
        </a>
        <h2 data-testid="document-name" className="user-content">
          {info?.name ?? t('common.loading')}
        </h2>
        {info && (
          <span className="muted">
            {t('grid.header.pair', {
              source: languageName(info.sourceLang, ui),
              target: languageName(info.targetLang, ui),
            })}
          </span>
        )}
        {info && <ReviewProgress approved={info.approved} total={info.segments} />}
        <ExportMenu documentId={documentId} />
      </div>
      <FilterBar filter={filter} onFilter={setFilter} searchRef={searchRef} matches={rows.total} />
      <ReviewToolbar
        commands={commands}
        busy={actions.busy}
        showDiff={showDiff}
        showChrome={showChrome}
        onShowChrome={setShowChrome}
      />
      {(message || loadError) && (
        <p role="alert" className="notice" data-testid="grid-notice">
          {loadError ? t('grid.errors.load', { message: loadError }) : message}
          <button
            type="button"
            className="link"
            onClick={() => {
              setNotice(null);
              actions.clearError();
            }}
          >
            {t('common.dismiss')}
          </button>
        </p>
      )}
      <div className="grid-area">
        <ReviewGrid
          rows={rows.rows}
          items={items}
          total={rows.total}
          epoch={rows.epoch}
          patchVersion={rows.patchVersion}
          getDraft={drafts.get}
          showDiff={showDiff}
          activeId={activeId}
          handlers={handlers}
          onExpandChrome={() => setShowChrome(true)}
          gridRef={grid}
          hasSource={info?.sourceName !== null}
          langs={langs}
        />
        <aside className="side-panel" aria-label={t('grid.minimap.title')}>
          <Minimap
            path={path}
            activeIndex={commands.active?.order ?? -1}
            onJump={(order) => {
              const index = rows.rows.findIndex((r) => r.order >= order);
              if (index >= 0) {
                if (rows.rows[index]?.kind === 'chrome') setShowChrome(true);
                commands.focus(index);
              }
            }}
          />
        </aside>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      <ShortcutSheet open={help} onClose={() => setHelp(false)} />
      <CommentsDialog
        row={commentsFor}
        onClose={() => setCommentsFor(null)}
        onCount={onCommentCount}
      />
    </main>
  );
}
