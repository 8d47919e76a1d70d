import type { CliCommand } from '../types';
import { command as align } from './align';
import { command as backup } from './backup';
import { command as exportCommand } from './export';
import { command as importCommand } from './import';
import { command as inspect } from './inspect';
import { command as list } from './list';
import { command as serve } from './serve';
import { command as start } from './start';

/** Every `sverka` command, in the order `sverka --help` lists them. */
export const COMMANDS: CliCommand[] = [
  start,
  serve,
  importCommand,
  list,
  exportCommand,
  backup,
  align,
  inspect,
];
