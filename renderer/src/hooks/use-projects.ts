import { useCallback, useEffect, useState } from 'react';
import type { ProjectSummary } from '../../../core/api';
import { callApi, errorMessage } from '../api/call';
import { useApi } from '../api/context';

export type ProjectsState = {
  projects: ProjectSummary[] | null;
  error: string | null;
  reload: () => Promise<void>;
  create: (name: string, sourceLang: string, targetLang: string) => Promise<number>;
  remove: (id: number) => Promise<void>;
};

/** The project list with create and delete; every change reloads the list from the store. */
export function useProjects(): ProjectsState {
  const api = useApi();
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const { items } = await callApi(api, 'project.list', {});
      setProjects(items);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const create = useCallback(
    async (name: string, sourceLang: string, targetLang: string) => {
      const { id } = await callApi(api, 'project.create', { name, sourceLang, targetLang });
      await reload();
      return id;
    },
    [api, reload],
  );

  const remove = useCallback(
    async (id: number) => {
      await callApi(api, 'project.delete', { id });
      await reload();
    },
    [api, reload],
  );

  return { projects, error, reload, create, remove };
}
