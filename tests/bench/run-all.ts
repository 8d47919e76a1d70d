// `npm run bench`: runs every tests/bench/*.bench.ts in turn (or those named on the command line), each in
// a fresh Node process so that one benchmark's garbage does not slow the next one down.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

const failed: string[] = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(dir, 'run-one.ts'), join(dir, file)],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) failed.push(file);
}
if (failed.length > 0) {
  console.error(`\nbenchmarks that failed: ${failed.join(', ')}`);
  process.exit(1);
}
