import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openApp } from '../../services';
import { resolveDataDir } from '../../services/data-dir';
import { startHttpServer } from '../../transport/http/server';
import { appVersion } from '../index';
import { openUrl } from '../open-url';
import { seedSampleProject } from '../sample-project';
import { UsageError, type CliCommand, type CliIo } from '../types';

export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

export type ServeOptions = {
  port?: number;
  dataDir?: string;
  open: boolean;
  document?: number;
  sample: boolean;
};

export const command: CliCommand = {
  name: 'serve',
  summary: 'Run Sverka in the browser: a local server on 127.0.0.1 with the UI and the HTTP API.',
  usage: 'sverka serve [--port N] [--data-dir D] [--open] [--document ID] [--no-sample]',
  run: async (args, io) => {
    const { values } = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        open: { type: 'boolean', default: false },
        document: { type: 'string' },
        'no-sample': { type: 'boolean', default: false },
      },
      strict: true,
    });
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    }
    const document = values.document === undefined ? undefined : Number(values.document);
    if (document !== undefined && !Number.isInteger(document)) {
      throw new UsageError(`--document must be a document id, not "${values.document}"`);
    }
    return serve(
      {
        port,
        dataDir: values['data-dir'],
        open: values.open,
        document,
        sample: !values['no-sample'],
      },
      io,
    );
  },
};

/**
 * Starts the server and keeps it running until SIGINT/SIGTERM. The URL carries the token once; the UI
 * keeps it for the tab's session. `serve.json` (mode 0600) lets automation find port and token.
 */
export async function serve(options: ServeOptions, io: CliIo): Promise<number> {
  const dataDir = resolveDataDir(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const app = openApp({ dataDir, mode: 'browser', version: await appVersion() });
  let firstDocument = options.document;
  if (options.sample) {
    const sample = await seedSampleProject(app.handlers, (line) => io.err(`${line}\n`)).catch(
      (error: unknown) => {
        io.err(
          `Could not create the sample projects: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        return null;
      },
    );
    firstDocument ??= sample ?? undefined;
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    // Without this line the page would just 404 and the user would not know why.
    io.err(
      `The UI is not built (${RENDERER_DIR} is missing): run \`npm run build\`; serving the API only.\n`,
    );
  }
  const server = await startHttpServer({
    app,
    staticDir: RENDERER_DIR,
    port: options.port,
    log: (line) => io.err(`${line}\n`),
  });
  const serveFile = join(dataDir, 'serve.json');
  const info = { url: server.url, port: server.port, token: server.token, pid: process.pid };
  writeFileSync(serveFile, JSON.stringify(info, null, 2), { mode: 0o600 });
  chmodSync(serveFile, 0o600);
  const hash = firstDocument === undefined ? '' : `#/documents/${firstDocument}`;
  const link = `${server.url}/?token=${server.token}${hash}`;
  io.out(`Sverka is running at ${link}\n(data: ${dataDir}; press Ctrl+C to stop)\n`);
  if (options.open) openUrl(link);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  app.close();
  rmSync(serveFile, { force: true });
  return 0;
}
