import { createContext, useContext, type ReactNode } from 'react';
import type { Client } from './client';

const ApiContext = createContext<Client | null>(null);

export function ApiProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

/** The API client of this window (IPC in Electron, HTTP in the browser). */
export function useApi(): Client {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}
