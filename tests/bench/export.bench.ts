/**
 * Export bench: 100,000 rows to TMX and to XLIFF 2.0, streamed chunk by chunk to a file.
 * Prints median wall time of 5 runs, the peak heap above the heap holding the document itself (garbage
 * included), and the live heap while streaming (gc() every 50 chunks): what the writer retains.
 * Peer: fast-xml-parser's XMLBuilder producing the same TMX as one string in memory.
 * Target (issue 7): each format < 2 s with bounded memory.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { XMLBuilder } from 'fast-xml-parser';
import { readTmx, readXliff20, writeTmx, writeXliff20 } from '../../core/formats';
import { buildReport } from '../../core/report';
import type { ExportDocument, ExportSegment } from '../../core/model';

const ROWS = 100_000;
const RUNS = 5;

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function bigDocument(): ExportDocument {
  const t0 = Date.parse('2026-11-30T09:00:00Z');
  const segments: ExportSegment[] = [];
  for (let i = 0; i < ROWS; i++) {
    const mt = `Paragraph ${i}: the sanctions issue is "in progress" & talks <continue> in Kiev, said Blokhin.`;
    const corrected = i % 3 === 0;
    const correction = corrected
      ? mt.replace('Kiev', 'Kyiv').replace('"in progress"', '“in progress”')
      : null;
    const at = new Date(t0 + i * 7000).toISOString();
    segments.push({
      id: i + 1,
      order: i,
      source: `Абзац ${i}: вопрос санкций «в работе» и переговоры <продолжаются> в Киеве, — сказал Блохин.`,
      mt,
      correction,
      status: corrected ? (i % 2 ? 'approved' : 'edited') : 'new',
      kind: i % 50 === 0 ? 'heading' : 'body',
      sourceIndices: [i],
      targetIndices: [i],
      revisions:
        correction === null
          ? []
          : [{ revision: 1, text: correction, createdAt: at, origin: 'typed' }],
      createdAt: new Date(t0).toISOString(),
      changedAt: at,
    });
  }
  return {
    id: 1,
    name: 'bench.html',
    sourceLang: 'ru',
    targetLang: 'en',
    targetFormat: 'txt',
    targetOriginal: '',
    sourceName: null,
    targetParagraphs: [],
    segments,
    mtEngine: 'Yandex Translate',
  };
}

type Measure = { ms: number; peakMb: number; bytes: number };

/** Largest heap still reachable while streaming (gc() every 50 chunks): what the writer really holds. */
function retainedMb(produce: () => Iterable<string>): number {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  let n = 0;
  for (const chunk of produce()) {
    void chunk;
    if (++n % 50 === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
  }
  // One big string is not streaming: there is nothing to sample while it is being built.
  return n < 50 ? NaN : peak / 2 ** 20;
}

function measure(file: string, produce: () => Iterable<string>): Measure {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const fd = openSync(file, 'w');
  const t = performance.now();
  let n = 0;
  for (const chunk of produce()) {
    writeSync(fd, chunk);
    if (++n % 16 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  closeSync(fd);
  const ms = performance.now() - t;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, peakMb: (peak - base) / 2 ** 20, bytes: statSync(file).size };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function peerTmx(doc: ExportDocument): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
  });
  const tu = doc.segments.map((s) => ({
    '@_tuid': s.id,
    prop: [
      { '@_type': 'x-mt', '#text': s.mt },
      { '@_type': 'x-status', '#text': s.status },
    ],
    tuv: [
      { '@_xml:lang': 'ru', seg: s.source },
      { '@_xml:lang': 'en', seg: s.correction ?? s.mt },
    ],
  }));
  return builder.build({
    tmx: { '@_version': '1.4', header: { '@_srclang': 'ru' }, body: { tu } },
  }) as string;
}

export default async function run(): Promise<void> {
  const doc = bigDocument();
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
  try {
    const cases: [string, () => Iterable<string>][] = [
      ['TMX (streamed)', () => writeTmx(doc)],
      ['XLIFF 2.0 (streamed)', () => writeXliff20(doc)],
      ['peer: XMLBuilder TMX (one string)', () => [peerTmx(doc)]],
    ];
    const results = new Map<string, Measure[]>();
    for (let r = 0; r < RUNS; r++) {
      for (const [name, produce] of cases) {
        const list = results.get(name) ?? [];
        list.push(measure(join(dir, 'out.xml'), produce));
        results.set(name, list);
      }
    }
    const retained = cases.map(([name, produce]) => [name, retainedMb(produce)] as const);
    const peerMs = median((results.get(cases[2]?.[0] ?? '') ?? []).map((m) => m.ms));
    console.log(
      `export bench: ${ROWS.toLocaleString('en')} rows, median of ${RUNS} runs (target < 2000 ms each)`,
    );
    for (const [name, list] of results) {
      const ms = median(list.map((m) => m.ms));
      const peak = Math.max(...list.map((m) => m.peakMb));
      const mb = (list[0]?.bytes ?? 0) / 2 ** 20;
      const live = retained.find(([n]) => n === name)?.[1] ?? NaN;
      console.log(
        `  ${name.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / peerMs).toFixed(2)}× peer  peak heap +${peak.toFixed(1)} MB (live ${Number.isNaN(live) ? 'n/a' : `+${live.toFixed(1)} MB`})  output ${mb.toFixed(1)} MB`,
      );
    }
    // Informative, one run each (no target): reading the exports back, and the report's metrics.
    for (const [name, text, read] of [
      ['read TMX back', Array.from(writeTmx(doc)).join(''), readTmx],
      ['read XLIFF 2.0 back', Array.from(writeXliff20(doc)).join(''), readXliff20],
    ] as const) {
      const t = performance.now();
      const n = read(text).segments.length;
      console.log(
        `  ${name.padEnd(36)} ${(performance.now() - t).toFixed(0).padStart(6)} ms  (${n} rows)`,
      );
    }
    const t = performance.now();
    const report = buildReport(doc);
    console.log(
      `  ${'post-editing report (metrics)'.padEnd(36)} ${(performance.now() - t).toFixed(0).padStart(6)} ms  (corpus HTER ${report.totals.hter.toFixed(2)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
