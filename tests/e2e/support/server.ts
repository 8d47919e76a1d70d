import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ServeInfo = { url: string; port: number; token: string; pid: number };
export type TestServer = ServeInfo & {
  dataDir: string;
  link(hash?: string): string;
  stop(): Promise<void>;
};

const BIN = join(import.meta.dirname, '../../../bin/sverka.mjs');

/**
 * Starts the real `sverka serve` (browser mode) on a free port with a fresh data folder and waits for
 * its serve.json, exactly as a user or automation would find it.
 */
export async function startServer(options: { sample?: boolean } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sverka-e2e-'));
  const args = [BIN, 'serve', '--data-dir', dataDir, '--port', '0'];
  if (!options.sample) args.push('--no-sample');
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const serveFile = join(dataDir, 'serve.json');
  const deadline = Date.now() + 60_000;
  while (!existsSync(serveFile)) {
    if (child.exitCode !== null) throw new Error(`sverka serve exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`sverka serve did not start in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const info = JSON.parse(readFileSync(serveFile, 'utf8')) as ServeInfo;
  return {
    ...info,
    dataDir,
    link: (hash = '') => `${info.url}/?token=${info.token}${hash}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
