import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Each process that has the database open leaves `<dataDir>/.open/<pid>` while it does, so a restore
// can refuse to swap the file under a running app (which would keep writing to the replaced file).

function marksDir(dataDir: string): string {
  return join(dataDir, '.open');
}

/** Records this process as a user of the data dir; returns the function that removes the mark. */
export function markOpen(dataDir: string): () => void {
  const file = join(marksDir(dataDir), String(process.pid));
  try {
    mkdirSync(marksDir(dataDir), { recursive: true });
    writeFileSync(file, new Date().toISOString());
  } catch {
    return () => undefined;
  }
  return () => rmSync(file, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Other live processes that have the data dir's database open (stale marks are cleaned up). */
export function openElsewhere(dataDir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(marksDir(dataDir));
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const name of names) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (alive(pid)) pids.push(pid);
    else rmSync(join(marksDir(dataDir), name), { force: true });
  }
  return pids;
}
