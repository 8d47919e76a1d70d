import { useCallback, useEffect, useMemo, useRef } from 'react';
import { callApi } from '../api/call';
import { useApi } from '../api/context';

// A pause this long ends a typing session: one save, one undo step. localStorage covers the gap.
const SAVE_DELAY_MS = 1000;
const pendingKey = (documentId: number) => `sverka.pending.${documentId}`;

export type CorrectionDrafts = {
  get: (segmentId: number) => string | undefined;
  change: (segmentId: number, text: string) => void;
  /** Saves now what is pending (one row, or all); resolves when the store has it. */
  flush: (segmentId?: number) => Promise<void>;
  /** Forgets unsaved text (after the store replaced the rows it belonged to). */
  discard: () => void;
};

/**
 * Typing saves itself: debounced, flushed on blur, on leaving the page and before any edit that needs
 * the store to be current. Unsaved text is mirrored in localStorage so a reload or crash re-sends it.
 */
export function useCorrectionDrafts(
  documentId: number,
  onSaved: (segmentId: number, text: string) => void,
): CorrectionDrafts {
  const api = useApi();
  const drafts = useRef(new Map<number, string>());
  const timers = useRef(new Map<number, number>());
  const inflight = useRef(new Map<number, Promise<void>>());
  const savedRef = useRef(onSaved);
  savedRef.current = onSaved;

  const persist = useCallback(() => {
    const key = pendingKey(documentId);
    if (drafts.current.size === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify([...drafts.current]));
  }, [documentId]);

  const save = useCallback(
    (segmentId: number): Promise<void> => {
      const timer = timers.current.get(segmentId);
      if (timer !== undefined) window.clearTimeout(timer);
      timers.current.delete(segmentId);
      const previous = inflight.current.get(segmentId) ?? Promise.resolve();
      const next = previous.then(async () => {
        const text = drafts.current.get(segmentId);
        if (text === undefined) return;
        await callApi(api, 'segment.saveCorrection', { segmentId, text });
        if (drafts.current.get(segmentId) === text) {
          drafts.current.delete(segmentId);
          persist();
        }
        savedRef.current(segmentId, text);
      });
      const settled = next.catch(() => undefined);
      inflight.current.set(segmentId, settled);
      return next;
    },
    [api, persist],
  );

  const flush = useCallback(
    async (segmentId?: number) => {
      const ids = segmentId === undefined ? [...drafts.current.keys()] : [segmentId];
      await Promise.all(ids.map((id) => save(id)));
    },
    [save],
  );

  const change = useCallback(
    (segmentId: number, text: string) => {
      drafts.current.set(segmentId, text);
      persist();
      const timer = timers.current.get(segmentId);
      if (timer !== undefined) window.clearTimeout(timer);
      timers.current.set(
        segmentId,
        window.setTimeout(() => void save(segmentId).catch(() => undefined), SAVE_DELAY_MS),
      );
    },
    [persist, save],
  );

  const discard = useCallback(() => {
    for (const timer of timers.current.values()) window.clearTimeout(timer);
    timers.current.clear();
    drafts.current.clear();
    persist();
  }, [persist]);

  useEffect(() => {
    // Text typed before a reload or crash that the store never confirmed: send it now.
    const raw = localStorage.getItem(pendingKey(documentId));
    if (raw) {
      try {
        for (const [id, text] of JSON.parse(raw) as [number, string][])
          drafts.current.set(id, text);
      } catch {
        localStorage.removeItem(pendingKey(documentId));
      }
      void flush().catch(() => undefined);
    }
    const onHide = () => void flush().catch(() => undefined);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      onHide();
    };
  }, [documentId, flush]);

  const get = useCallback((segmentId: number) => drafts.current.get(segmentId), []);
  return useMemo(() => ({ get, change, flush, discard }), [get, change, flush, discard]);
}
