/** Where a command writes. Injected so tests can capture output without spawning a process. */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
};

/**
 * One `sverka <name>` command. `run` returns the exit status: 0 success, 1 failure, 2 bad input or usage.
 * Bad input is thrown as core's InputError (or UsageError) and printed as one line by the dispatcher.
 */
export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<number>;
};

/** Wrong flags or arguments: printed with the command's usage, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
