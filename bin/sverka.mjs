#!/usr/bin/env node
// Entry point of the `sverka` command. Runs the TypeScript sources through tsx so a checkout needs
// no build step for the CLI; the Electron app uses the bundled build in out/ instead.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
