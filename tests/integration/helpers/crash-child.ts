// Child of tests/integration/crash.test.ts: saves corrections as fast as it can and prints each one
// only after saveCorrection has returned (= acknowledged), until the parent SIGKILLs it. It calls the
// same use-case the `segment.saveCorrection` handler binds, without loading the rest of the app.
import { createRepos, openDatabase } from '../../../main/db';
import { saveCorrection } from '../../../main/services/segments';

const [dbFile, documentIdArg, roundArg, countArg] = process.argv.slice(2);
if (!dbFile || !documentIdArg || !roundArg)
  throw new Error('usage: crash-child <db> <documentId> <round> [count]');
const count = Number(countArg ?? 1000);

const repos = createRepos(openDatabase(dbFile));
const ctx = { repos, emit: () => undefined };
const ids = repos.segments.live(Number(documentIdArg)).map((row) => row.id);
process.stdout.write('ready\n');
for (let i = 0; i < count; i++) {
  const segmentId = ids[i % ids.length] as number;
  const text = `round ${roundArg} save ${i} — правка ${i}`;
  const { revision } = saveCorrection(ctx, { segmentId, text });
  // Synchronous on a pipe (Linux), so an acknowledged line is out before the next save starts.
  process.stdout.write(`${segmentId}\t${revision}\t${text}\n`);
}
repos.db.close();
process.stdout.write('done\n');
