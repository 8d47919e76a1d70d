import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../core/api';
import { callApi, errorMessage } from '../api/call';
import { useApi } from '../api/context';

/** The documents of one project; `reload` after an import or a delete. */
export function useDocuments(projectId: number) {
  const api = useApi();
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const { items } = await callApi(api, 'document.list', { projectId });
      setDocuments(items);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [api, projectId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const remove = useCallback(
    async (documentId: number) => {
      await callApi(api, 'document.delete', { documentId });
      await reload();
    },
    [api, reload],
  );

  return { documents, error, reload, remove };
}
