import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db';
import { openApp } from '../../main/services';
import { databasePath } from '../../main/services/data-dir';

const CHILD = fileURLToPath(new URL('./helpers/crash-child.ts', import.meta.url));
const ROUNDS = 20;
const SAVES = 1000;

type Ack = { segmentId: number; revision: number; text: string };

/**
 * Runs one child and SIGKILLs it at a random moment: right after the `killAfter`-th acknowledged save,
 * or `killAtMs` after it is ready to save, whichever comes first (bounds the round on a slow disk).
 * Returns the acknowledgements seen.
 */
function runChild(
  dataDir: string,
  documentId: number,
  round: number,
  killAfter: number,
  killAtMs: number,
): Promise<{ acks: Ack[]; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        CHILD,
        databasePath(dataDir),
        String(documentId),
        String(round),
        String(SAVES),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const acks: Ack[] = [];
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAtMs);
        const [segmentId, revision, text] = line.split('\t');
        if (text === undefined) continue;
        acks.push({ segmentId: Number(segmentId), revision: Number(revision), text });
        if (acks.length === killAfter) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0)
        reject(new Error(`child failed (${code}): ${stderr}`));
      else resolve({ acks, signal });
    });
  });
}

let dataDir: string;
let documentId: number;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sverka-crash-'));
  const app = openApp({ dataDir, mode: 'browser', version: 'test', backup: false });
  const { id: projectId } = app.handlers['project.create']({
    name: 'crash',
    sourceLang: 'ru',
    targetLang: 'en',
  }) as { id: number };
  const target = Array.from({ length: 40 }, (_, i) => `Machine translated paragraph ${i}.`).join(
    '\n\n',
  );
  documentId = (
    await app.handlers['document.import']({
      projectId,
      source: null,
      target: { name: 'mt.txt', content: target },
    })
  ).documentId;
  app.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('crash safety', () => {
  it(`keeps every acknowledged correction when the writer is SIGKILLed (${ROUNDS} rounds)`, async () => {
    let killed = 0;
    let acknowledged = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const killAfter = 1 + Math.floor(Math.random() * (SAVES - 1));
      const killAtMs = Math.random() * 400;
      const { acks, signal } = await runChild(dataDir, documentId, round, killAfter, killAtMs);
      if (signal === 'SIGKILL') killed++;
      acknowledged += acks.length;

      // Reopen through the product path (refuses a corrupt file), then check the file itself.
      const db = openDatabase(databasePath(dataDir));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const get = db.prepare('SELECT text FROM revisions WHERE segment_id = ? AND revision = ?');
      const missing = acks.filter(
        (a) => (get.get(a.segmentId, a.revision) as { text: string } | undefined)?.text !== a.text,
      );
      expect(missing, `round ${round}: lost acknowledged corrections`).toEqual([]);
      db.close();
    }
    expect(killed).toBe(ROUNDS);
    expect(acknowledged).toBeGreaterThan(ROUNDS);
    // The file also opens read-only with plain SQLite: nothing left half-written.
    const plain = new Database(databasePath(dataDir), { readonly: true });
    expect(plain.pragma('quick_check', { simple: true })).toBe('ok');
    plain.close();
  }, 180_000);
});
