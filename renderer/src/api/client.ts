import type { ApiClient, Method, Req, Res, Result } from '../../../core/api';
import { takeTokenFromUrl } from './token';

export type ProgressEvent = { task: string; documentId?: number; phase: string; fraction: number };

type Bridge = {
  call: (method: string, request: unknown) => Promise<unknown>;
  onProgress: (listener: (event: ProgressEvent) => void) => () => void;
};

declare global {
  interface Window {
    sverka?: Bridge;
  }
}

export type Client = ApiClient & {
  mode: 'electron' | 'browser';
  onProgress(listener: (event: ProgressEvent) => void): () => void;
};

/** Electron: the preload bridge (IPC). Browser: POST /rpc/<method> with the session's bearer token. */
export function createClient(): Client {
  const bridge = window.sverka;
  if (bridge) {
    return {
      mode: 'electron',
      call: <M extends Method>(method: M, req: Req<M>) =>
        bridge.call(method, req) as Promise<Result<Res<M>>>,
      onProgress: (listener) => bridge.onProgress(listener),
    };
  }
  const token = takeTokenFromUrl();
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` };
  return {
    mode: 'browser',
    call: async <M extends Method>(method: M, req: Req<M>): Promise<Result<Res<M>>> => {
      try {
        const response = await fetch(`/rpc/${method}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(req),
        });
        return (await response.json()) as Result<Res<M>>;
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: error instanceof Error ? error.message : String(error),
          },
        };
      }
    },
    onProgress: (listener) => subscribeToEvents(headers, listener),
  };
}

/** Server-sent events over fetch (EventSource cannot send the Authorization header). */
function subscribeToEvents(
  headers: Record<string, string>,
  listener: (event: ProgressEvent) => void,
): () => void {
  const abort = new AbortController();
  void (async () => {
    try {
      const response = await fetch('/events', { headers, signal: abort.signal });
      const reader = response.body?.getReader();
      if (!reader) return;
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').find((line) => line.startsWith('data: '));
          if (data) listener(JSON.parse(data.slice(6)) as ProgressEvent);
        }
      }
    } catch {
      // Aborted or the server went away: progress is a nicety, the calls report their own errors.
    }
  })();
  return () => abort.abort();
}
