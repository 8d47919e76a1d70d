// Runs one benchmark file (tests/bench/<name>.bench.ts) in this process: run-all starts one process per
// file so that no benchmark inherits another's heap (the export bench leaves hundreds of MB to collect).
import { pathToFileURL } from 'node:url';

const file = process.argv[2];
if (!file) throw new Error('usage: run-one.ts <bench file>');
const module = (await import(pathToFileURL(file).href)) as { default: () => Promise<void> };
await module.default();
