import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findElectronBinary } from '../electron-binary';
import type { CliCommand } from '../types';
import { serve } from './serve';

const ELECTRON_MAIN = fileURLToPath(new URL('../../../out/main/index.js', import.meta.url));

export const command: CliCommand = {
  name: 'start',
  summary:
    'Open Sverka: the desktop window when Electron is available, otherwise the browser mode.',
  usage: 'sverka start [--browser] [--port N] [--data-dir D]',
  run: async (args, io) => {
    const { values } = parseArgs({
      args,
      options: {
        browser: { type: 'boolean', default: false },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
      },
      strict: true,
    });
    const electron = values.browser ? null : findElectronBinary();
    if (electron && existsSync(ELECTRON_MAIN)) {
      io.out('Starting the Sverka desktop window…\n');
      const env = { ...process.env };
      if (values['data-dir']) env.SVERKA_DATA_DIR = values['data-dir'];
      const child = spawn(electron, [ELECTRON_MAIN], { stdio: 'inherit', env });
      return new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
    }
    io.out(
      electron
        ? 'The app is not built (out/main missing): starting the browser mode. Run `npm run build` for the window.\n'
        : 'No Electron binary on this machine: starting the browser mode.\n',
    );
    return serve(
      {
        port: values.port === undefined ? undefined : Number(values.port),
        dataDir: values['data-dir'],
        open: true,
        sample: true,
      },
      io,
    );
  },
};
