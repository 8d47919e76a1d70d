import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Method, Req, Res } from '../../../core/api';
import type { TestServer } from './server';

export const CORPUS = join(import.meta.dirname, '../../../corpus');

/** Calls the real HTTP API as automation would (setup and checks only; the UI is what is tested). */
export async function rpc<M extends Method>(
  server: TestServer,
  method: M,
  req: Req<M>,
): Promise<Res<M>> {
  const response = await fetch(`${server.url}/rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(req),
  });
  const result = (await response.json()) as {
    ok: boolean;
    value?: Res<M>;
    error?: { message: string };
  };
  if (!result.ok || result.value === undefined)
    throw new Error(`${method}: ${result.error?.message ?? response.status}`);
  return result.value;
}

/** Creates a ru→en project and imports the UDHR pair from the corpus into it; returns the document id. */
export async function importUdhr(server: TestServer): Promise<number> {
  const { id } = await rpc(server, 'project.create', {
    name: 'UDHR',
    sourceLang: 'ru',
    targetLang: 'en',
  });
  const dir = join(CORPUS, 'parallel/udhr');
  const { documentId } = await rpc(server, 'document.import', {
    projectId: id,
    source: { name: 'source.ru.txt', content: readFileSync(join(dir, 'source.ru.txt'), 'utf8') },
    target: { name: 'target.en.txt', content: readFileSync(join(dir, 'target.en.txt'), 'utf8') },
  });
  return documentId;
}
