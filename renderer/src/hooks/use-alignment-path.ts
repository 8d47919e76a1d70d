import { useEffect, useState } from 'react';
import type { Res } from '../../../core/api';
import { callApi } from '../api/call';
import { useApi } from '../api/context';

export type AlignmentPath = Res<'alignment.path'>;

/** The document's alignment path for the minimap; refetched whenever `version` changes. */
export function useAlignmentPath(documentId: number, version: number): AlignmentPath | null {
  const api = useApi();
  const [path, setPath] = useState<AlignmentPath | null>(null);
  useEffect(() => {
    let live = true;
    callApi(api, 'alignment.path', { documentId }).then(
      (value) => live && setPath(value),
      () => live && setPath(null),
    );
    return () => {
      live = false;
    };
  }, [api, documentId, version]);
  return path;
}
