import { useEffect, useState } from 'react';
import type { Res } from '../../../core/api';
import { callApi, errorMessage } from '../api/call';
import { useApi } from '../api/context';

export type DocumentInfo = Res<'document.get'>;

/** The document's name, languages and approved / total counts; refetched when `version` changes. */
export function useDocumentSummary(documentId: number, version: number) {
  const api = useApi();
  const [info, setInfo] = useState<DocumentInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    callApi(api, 'document.get', { documentId }).then(
      (value) => {
        if (!live) return;
        setInfo(value);
        setError(null);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api, documentId, version]);
  return { info, error };
}
