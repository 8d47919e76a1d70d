import { useCallback, useState } from 'react';
import type { EditResult, Method, Req, SegmentRow } from '../../../core/api';
import type { SegmentStatus } from '../../../core/model';
import { callApi, errorMessage } from '../api/call';
import { useApi } from '../api/context';
import type { CorrectionDrafts } from './use-correction-drafts';
import type { DocumentRows } from './use-document-rows';

type EditMethod =
  | 'alignment.merge'
  | 'alignment.split'
  | 'alignment.splitText'
  | 'segment.setChrome'
  | 'alignment.moveBoundary'
  | 'alignment.unlink'
  | 'alignment.realign'
  | 'edit.undo'
  | 'edit.redo';

export type ReviewChange =
  { type: 'status'; order: number; status: SegmentStatus } | { type: 'alignment'; total: number };

type Deps = {
  documentId: number;
  rows: DocumentRows;
  drafts: CorrectionDrafts;
  /** Called after anything that changes counts or the alignment path. */
  onChanged: (change: ReviewChange) => void;
};

/**
 * Every review action on the grid. Edits that reshape rows first flush typing (so undo sees it as its
 * own step), then refetch the rows the store reports as changed.
 */
export function useReviewActions({ documentId, rows, drafts, onChanged }: Deps) {
  const api = useApi();
  const { refetchFrom, patchRow } = rows;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const edit = useCallback(
    async <M extends EditMethod & Method>(method: M, req: Req<M>): Promise<EditResult | null> => {
      setBusy(true);
      try {
        await drafts.flush();
        const result = (await callApi(api, method, req)) as EditResult;
        drafts.discard();
        await refetchFrom(result.firstOrder);
        setError(null);
        onChanged({ type: 'alignment', total: result.total });
        return result;
      } catch (e) {
        setError(errorMessage(e));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [api, drafts, refetchFrom, onChanged],
  );

  const setStatus = useCallback(
    async (row: SegmentRow, status: SegmentStatus) => {
      try {
        await drafts.flush(row.id);
        await callApi(api, 'segment.setStatus', { segmentId: row.id, status });
        patchRow(row.id, { status });
        setError(null);
        onChanged({ type: 'status', order: row.order, status });
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [api, drafts, patchRow, onChanged],
  );

  const setPinned = useCallback(
    async (row: SegmentRow, pinned: boolean) => {
      try {
        await callApi(api, 'alignment.pin', { segmentId: row.id, pinned });
        patchRow(row.id, { pinned });
        setError(null);
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [api, patchRow],
  );

  return {
    error,
    busy,
    clearError: () => setError(null),
    setStatus,
    setPinned,
    merge: (row: SegmentRow) => edit('alignment.merge', { segmentId: row.id }),
    split: (row: SegmentRow, source: number, target: number) =>
      edit('alignment.split', { segmentId: row.id, source, target }),
    setChrome: (row: SegmentRow, chrome: boolean) =>
      edit('segment.setChrome', { segmentId: row.id, chrome }),
    splitText: (row: SegmentRow, cuts: { source: number; target: number; correction?: number }) =>
      edit('alignment.splitText', { segmentId: row.id, ...cuts }),
    moveBoundary: (row: SegmentRow, side: 'source' | 'target', delta: 1 | -1) =>
      edit('alignment.moveBoundary', { segmentId: row.id, side, delta }),
    unlink: (row: SegmentRow) => edit('alignment.unlink', { segmentId: row.id }),
    realign: () => edit('alignment.realign', { documentId }),
    undo: () => edit('edit.undo', { documentId }),
    redo: () => edit('edit.redo', { documentId }),
  };
}

export type ReviewActions = ReturnType<typeof useReviewActions>;
