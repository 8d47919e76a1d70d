import type { Repos } from '../db/repos';

export type ProgressEvent = { task: string; documentId?: number; phase: string; fraction: number };

/** What every use-case gets: the repositories over the one connection and the progress channel. */
export type AppContext = {
  repos: Repos;
  emit: (event: ProgressEvent) => void;
};
