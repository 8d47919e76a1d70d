// TEMPORARY (lead): replaced by the store/services owner with the real openApp.
import type { AppMode, Handlers } from '../../core/api';

export type ProgressEvent = { task: string; documentId?: number; phase: string; fraction: number };
export type SverkaApp = {
  handlers: Handlers;
  onProgress(listener: (e: ProgressEvent) => void): () => void;
  close(): void;
};

export function openApp(options: { dataDir: string; mode: AppMode; version: string }): SverkaApp {
  const unsupported = () => {
    throw new Error('not implemented yet');
  };
  const handlers = new Proxy({} as Handlers, {
    get: (_t, name) =>
      name === 'app.info'
        ? () => ({ name: 'Sverka', version: options.version, mode: options.mode })
        : unsupported,
  });
  return { handlers, onProgress: () => () => undefined, close: () => undefined };
}
