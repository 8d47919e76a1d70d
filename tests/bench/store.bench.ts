// Store bench (issue 5): save-correction latency (p99 < 2 ms), a 200-row page from a 20,000-row
// document (< 20 ms), and a 20,000 × 20,000 import end to end (read, segment, align, store; < 5 s).
// Peer: a bare better-sqlite3 INSERT + COMMIT with the same pragmas, the floor a save cannot beat.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openApp, type SverkaApp } from '../../main/services';

const CORPUS = join(import.meta.dirname, '../../corpus/parallel');
const SETS = ['debian-faq', 'maint-guide', 'developers-reference', 'udhr'];
const SIZE = 20_000;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  return `p50 ${quantile(s, 0.5).toFixed(3)} ms, p99 ${quantile(s, 0.99).toFixed(3)} ms, max ${quantile(s, 1).toFixed(3)} ms (n=${s.length})`;
}

/** 20,000 lines a side, built by repeating the real corpus documents (one paragraph per line). */
function buildPair(): { source: string; target: string } {
  const src: string[] = [];
  const tgt: string[] = [];
  let set = 0;
  while (src.length < SIZE || tgt.length < SIZE) {
    const name = SETS[set++ % SETS.length] as string;
    const s = readFileSync(join(CORPUS, name, 'source.ru.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const t = readFileSync(join(CORPUS, name, 'target.en.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    src.push(...s);
    tgt.push(...t);
  }
  return { source: src.slice(0, SIZE).join('\n'), target: tgt.slice(0, SIZE).join('\n') };
}

function median(xs: number[]): number {
  return quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

async function call<T>(value: T | Promise<T>): Promise<T> {
  return value;
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
  let app: SverkaApp | undefined;
  try {
    app = openApp({ dataDir: dir, mode: 'browser', version: 'bench', backup: false });
    const h = app.handlers;
    const { id: projectId } = await call(
      h['project.create']({ name: 'bench', sourceLang: 'ru', targetLang: 'en' }),
    );

    // 1. Import end to end; bytes go in as base64 so decoding (encoding detection) is included.
    const pair = buildPair();
    const phases: { phase: string; at: number }[] = [];
    const off = app.onProgress((e) => {
      if (phases.at(-1)?.phase !== e.phase) phases.push({ phase: e.phase, at: performance.now() });
    });
    const t0 = performance.now();
    const imported = await call(
      h['document.import']({
        projectId,
        source: {
          name: 'source.ru.txt',
          content: { base64: Buffer.from(pair.source).toString('base64') },
        },
        target: {
          name: 'target.en.txt',
          content: { base64: Buffer.from(pair.target).toString('base64') },
        },
        split: 'lines',
      }),
    );
    const importMs = performance.now() - t0;
    off();
    const breakdown = phases
      .map(
        (p, i) =>
          `${p.phase} ${(((phases[i + 1]?.at ?? t0 + importMs) - p.at) / 1000).toFixed(2)} s`,
      )
      .join(', ');
    console.log(
      `import ${SIZE} × ${SIZE} end to end: ${(importMs / 1000).toFixed(2)} s → ${imported.segments} rows (budget 5 s)`,
    );
    console.log(`  phases: ${breakdown}`);
    const documentId = imported.documentId;

    // 2. Pages of 200 rows at random offsets, unfiltered and with a text filter.
    const total = (await call(h['segment.list']({ documentId, offset: 0, limit: 1 }))).total;
    const pageMs: number[] = [];
    // 20 warm-up pages (statement preparation, JIT), then 200 measured ones.
    for (let i = 0; i < 220; i++) {
      const offset = Math.floor(Math.random() * Math.max(1, total - 200));
      const ms = time(() => h['segment.list']({ documentId, offset, limit: 200 }))[1];
      if (i >= 20) pageMs.push(ms);
    }
    console.log(`page of 200 rows from ${total}: ${stats(pageMs)} (budget 20 ms)`);
    // Peer: the bare SQL read of the same 200 rows on a second connection (no mapping, flags, QA).
    const reader = new Database(join(dir, 'sverka.db'), { readonly: true });
    const bare = reader.prepare(
      'SELECT * FROM segments WHERE document_id = ? AND live = 1 AND ord >= ? AND ord < ? ORDER BY ord',
    );
    const barePageMs: number[] = [];
    for (let i = 0; i < 220; i++) {
      const offset = Math.floor(Math.random() * Math.max(1, total - 200));
      const ms = time(() => bare.all(documentId, offset, offset + 200))[1];
      if (i >= 20) barePageMs.push(ms);
    }
    reader.close();
    console.log(
      `  peer bare SELECT of 200 rows: ${stats(barePageMs)}; page/peer median ratio ${(median(pageMs) / median(barePageMs)).toFixed(2)}`,
    );
    const filteredMs: number[] = [];
    for (let i = 0; i < 20; i++) {
      filteredMs.push(
        time(() =>
          h['segment.list']({ documentId, offset: 0, limit: 200, filter: { text: 'debian' } }),
        )[1],
      );
    }
    console.log(`  filtered by text over all rows: ${stats(filteredMs)}`);

    // 3. Saving corrections on random rows (durable: WAL, synchronous=FULL).
    const ids = (await call(h['segment.list']({ documentId, offset: 0, limit: 1000 }))).items.map(
      (r) => r.id,
    );
    const saveMs: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const segmentId = ids[Math.floor(Math.random() * ids.length)] as number;
      saveMs.push(
        time(() => h['segment.saveCorrection']({ segmentId, text: `correction ${i}` }))[1],
      );
    }
    console.log(`save correction: ${stats(saveMs)} (budget p99 2 ms)`);

    // Peer: one bare INSERT + COMMIT with the same durability pragmas.
    const peer = new Database(join(dir, 'peer.db'));
    peer.pragma('journal_mode = WAL');
    peer.pragma('synchronous = FULL');
    peer.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)');
    const insert = peer.prepare('INSERT INTO t (text) VALUES (?)');
    const peerMs: number[] = [];
    for (let i = 0; i < 2000; i++) peerMs.push(time(() => insert.run(`correction ${i}`))[1]);
    peer.close();
    console.log(
      `  peer bare INSERT+COMMIT: ${stats(peerMs)}; save/peer median ratio ${(median(saveMs) / median(peerMs)).toFixed(2)}`,
    );
  } finally {
    app?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
