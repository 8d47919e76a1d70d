import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Run = {
  aligner: string;
  n: number;
  m: number;
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  linkF1: number;
  groupF1: number;
};

const WORKER = fileURLToPath(new URL('../eval/bench-worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SIZE = 20_000;
const LARGE = 200_000;
const SVERKA_RUNS = 3;
const HUNALIGN_RUNS = 3;

function measure(aligner: string, size: number): Run {
  const res = spawnSync(process.execPath, ['--import', 'tsx', WORKER, aligner, String(size)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: 15 * 60_000,
  });
  const line = res.stdout.trim().split('\n').pop() ?? '';
  if (res.status !== 0 || !line.startsWith('{'))
    throw new Error(`${aligner} ${size}: exit ${res.status}: ${res.stderr.slice(-500)}`);
  return JSON.parse(line) as Run;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function summary(runs: readonly Run[]): Run {
  const first = runs[0] as Run;
  return {
    ...first,
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMB: median(runs.map((r) => r.maxRssMB)),
  };
}

/**
 * Sverka's aligner against hunalign 1.1 (WASM, empty dictionary, -utf) on the corpus
 * concatenated to 20,000 paragraphs a side, each run in its own process; then Sverka alone at
 * 200,000 paragraphs a side.
 */
export default async function run(): Promise<void> {
  const sverka = summary(Array.from({ length: SVERKA_RUNS }, () => measure('sverka', SIZE)));
  const hunalign = summary(Array.from({ length: HUNALIGN_RUNS }, () => measure('hunalign', SIZE)));
  const row = (r: Run, runs: number): string =>
    `${r.aligner.padEnd(9)} ${`${r.n}×${r.m}`.padEnd(13)} ${String(r.ms).padStart(8)} ms wall ` +
    `${String(r.cpuMs).padStart(8)} ms CPU ` +
    `${String(r.maxRssMB).padStart(6)} MB  link F1 ${r.linkF1.toFixed(4)}  group F1 ` +
    `${r.groupF1.toFixed(4)}  (median of ${runs})`;
  console.log('align: Sverka vs hunalign-WASM (empty dictionary), each in its own process');
  console.log(row(sverka, SVERKA_RUNS));
  console.log(row(hunalign, HUNALIGN_RUNS));
  console.log(
    `ratios: ${(hunalign.ms / sverka.ms).toFixed(1)}× faster (wall), ` +
      `${(hunalign.cpuMs / sverka.cpuMs).toFixed(1)}× (CPU time), peak RSS ` +
      `${(sverka.maxRssMB / hunalign.maxRssMB).toFixed(2)} of hunalign's, link F1 ` +
      `${sverka.linkF1.toFixed(4)} vs ${hunalign.linkF1.toFixed(4)}`,
  );
  const large = measure('sverka', LARGE);
  console.log(
    `sverka at ${large.n}×${large.m}: ${large.ms} ms wall, ${large.cpuMs} ms CPU, peak RSS ` +
      `${large.maxRssMB} MB ` +
      `(${large.maxRssMB <= 1024 ? 'within' : 'OVER'} 1 GB), link F1 ${large.linkF1.toFixed(4)}`,
  );
}
