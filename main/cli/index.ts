import { InputError } from '../../core/model';
import { COMMANDS } from './commands';
import { UsageError, type CliIo } from './types';

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Sverka: review machine translation paragraph by paragraph.',
    '',
    'Usage: sverka <command> [options]   (sverka <command> --help for its options)',
    '',
    'Commands:',
    ...lines,
    '',
  ].join('\n');
}

/** Runs one CLI invocation and returns the exit status; bad input is one line on stderr, status 2. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${await appVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`sverka: unknown command "${name}" (try sverka --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sverka ${name}: ${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof InputError || isNodeArgError(error)) {
      io.err(`sverka ${name}: ${oneLine((error as Error).message)}\n`);
      return 2;
    }
    io.err(`sverka ${name}: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

function isNodeArgError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function appVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(
    await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as {
    version: string;
  };
  return pkg.version;
}
