import type { CliCommand } from '../types';
import { command as serve } from './serve';
import { command as start } from './start';

/** Every `sverka` command, in the order `sverka --help` lists them. */
export const COMMANDS: CliCommand[] = [start, serve];
