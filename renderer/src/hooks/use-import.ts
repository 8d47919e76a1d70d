import { useCallback, useEffect, useState } from 'react';
import type { DocumentInput } from '../../../core/api';
import { callApi, errorMessage } from '../api/call';
import { useApi } from '../api/context';

export type ImportPhase = 'read' | 'segment' | 'align' | 'store' | 'done';
export type ImportProgress = { phase: ImportPhase; fraction: number } | null;

const IMPORT_PHASES: readonly string[] = ['read', 'segment', 'align', 'store', 'done'];

/** Reads a file's bytes as base64: the server detects the encoding, so no guessing here. */
async function readFile(file: File): Promise<DocumentInput> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return { name: file.name, content: { base64: btoa(binary) } };
}

/** Imports a source + MT pair (or an MT page alone) into a project, following the server's progress events. */
export function useImport(projectId: number) {
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = progress !== null && progress.phase !== 'done';

  useEffect(
    () =>
      api.onProgress((event) => {
        if (!IMPORT_PHASES.includes(event.phase)) return;
        setProgress((current) =>
          current === null
            ? current
            : { phase: event.phase as ImportPhase, fraction: event.fraction },
        );
      }),
    [api],
  );

  const run = useCallback(
    async (source: File | null, target: File): Promise<number | null> => {
      setError(null);
      setProgress({ phase: 'read', fraction: 0 });
      try {
        const sourceInput = source ? await readFile(source) : null;
        setProgress({ phase: 'read', fraction: 0.5 });
        const targetInput = await readFile(target);
        setProgress({ phase: 'segment', fraction: 0 });
        const { documentId } = await callApi(api, 'document.import', {
          projectId,
          source: sourceInput,
          target: targetInput,
        });
        setProgress({ phase: 'done', fraction: 1 });
        return documentId;
      } catch (e) {
        setError(errorMessage(e));
        setProgress(null);
        return null;
      }
    },
    [api, projectId],
  );

  return { run, progress, busy, error };
}
