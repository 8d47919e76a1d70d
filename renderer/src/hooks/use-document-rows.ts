import { useCallback, useEffect, useRef, useState } from 'react';
import type { SegmentFilter, SegmentRow } from '../../../core/api';
import { callApi, errorMessage } from '../api/call';
import { useApi } from '../api/context';

// A small first page paints fast; the rest streams in larger pages behind it.
const FIRST_PAGE = 150;
const NEXT_PAGE = 1000; // the contract's page limit (LIMITS.page)

type Store = { rows: SegmentRow[]; total: number; generation: number };

export type DocumentRows = {
  rows: readonly SegmentRow[];
  total: number;
  /** Bumped when rows are loaded or replaced (structure may have changed). */
  loadVersion: number;
  /** Bumped when rows are replaced by the store after an edit: cells reset their local text. */
  epoch: number;
  /** Bumped when one row is patched locally (status, correction). */
  patchVersion: number;
  error: string | null;
  refetchFrom: (firstOrder: number) => Promise<void>;
  patchRow: (segmentId: number, patch: Partial<SegmentRow>) => void;
  findRow: (segmentId: number) => SegmentRow | undefined;
};

function hasFilter(filter: SegmentFilter): boolean {
  return Boolean(filter.text || filter.status || filter.flag || filter.kind);
}

/**
 * The rows of a document (optionally filtered), in document order: the first page at once, the rest
 * streamed. After an alignment edit only the rows from `firstOrder` on are refetched.
 */
export function useDocumentRows(documentId: number, filter: SegmentFilter): DocumentRows {
  const api = useApi();
  const store = useRef<Store>({ rows: [], total: 0, generation: 0 });
  const [loadVersion, setLoadVersion] = useState(0);
  const [patchVersion, setPatchVersion] = useState(0);
  const [epoch, setEpoch] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const filtered = hasFilter(filter);
  const filterKey = JSON.stringify(filter);

  /** Loads from `start` to the end; resolves once the first page is in (the rest streams on). */
  const loadFrom = useCallback(
    (start: number, replacing = false): Promise<void> => {
      const generation = ++store.current.generation;
      const requestFilter = filtered ? (JSON.parse(filterKey) as SegmentFilter) : undefined;
      const fetchPage = (offset: number, limit: number) =>
        callApi(api, 'segment.list', { documentId, offset, limit, filter: requestFilter });
      const apply = (offset: number, page: { total: number; items: SegmentRow[] }) => {
        const s = store.current;
        s.rows.length = Math.min(s.rows.length, offset);
        s.rows.push(...page.items);
        s.total = page.total;
        setLoadVersion((v) => v + 1);
        // Rows the store replaced: cells drop their local text once the new rows are here.
        if (replacing && offset === start) setEpoch((e) => e + 1);
        return offset + page.items.length;
      };
      const stream = async (offset: number) => {
        try {
          while (offset < store.current.total) {
            const page = await fetchPage(offset, NEXT_PAGE);
            if (generation !== store.current.generation) return;
            if (page.items.length === 0) break;
            offset = apply(offset, page);
          }
          setError(null);
        } catch (e) {
          if (generation === store.current.generation) setError(errorMessage(e));
        }
      };
      return fetchPage(start, start === 0 ? FIRST_PAGE : NEXT_PAGE).then(
        (page) => {
          if (generation !== store.current.generation) return;
          void stream(apply(start, page));
        },
        (e: unknown) => {
          if (generation === store.current.generation) setError(errorMessage(e));
        },
      );
    },
    [api, documentId, filtered, filterKey],
  );

  useEffect(() => {
    store.current.rows = [];
    store.current.total = 0;
    setLoadVersion((v) => v + 1);
    void loadFrom(0);
  }, [loadFrom]);

  const refetchFrom = useCallback(
    async (firstOrder: number) => {
      // Under a filter, positions are not orders: start over.
      const start = filtered ? 0 : Math.max(0, Math.min(firstOrder, store.current.rows.length));
      await loadFrom(start, true);
    },
    [loadFrom, filtered],
  );

  const findRow = useCallback(
    (segmentId: number) => store.current.rows.find((row) => row.id === segmentId),
    [],
  );

  const patchRow = useCallback((segmentId: number, patch: Partial<SegmentRow>) => {
    const rows = store.current.rows;
    const index = rows.findIndex((row) => row.id === segmentId);
    const row = rows[index];
    if (!row) return;
    rows[index] = { ...row, ...patch };
    setPatchVersion((v) => v + 1);
  }, []);

  return {
    rows: store.current.rows,
    total: store.current.total,
    loadVersion,
    epoch,
    patchVersion,
    error,
    refetchFrom,
    patchRow,
    findRow,
  };
}
