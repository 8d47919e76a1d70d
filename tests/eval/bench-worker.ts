// One measured alignment in its own process, so that peak RSS belongs to one aligner only.
// Usage: node --import tsx tests/eval/bench-worker.ts sverka|hunalign <paragraphs per side>
// Prints one JSON line: { aligner, n, m, ms (wall), cpuMs, maxRssMB, linkF1, groupF1 }.
import { alignParagraphs } from '../../core/align';
import { concatenatePairs, corpusPairs } from './corpus';
import { runHunalign } from './hunalign-peer';
import { type GoldGroup, scoreAlignment } from './metrics';

async function main(): Promise<void> {
  const [aligner = 'sverka', sizeArg = '20000'] = process.argv.slice(2);
  const pair = concatenatePairs(corpusPairs(), Number(sizeArg));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let groups: GoldGroup[];
  if (aligner === 'hunalign') groups = await runHunalign(pair.source, pair.target);
  else if (aligner === 'sverka')
    groups = alignParagraphs(
      pair.source.map((text) => ({ text })),
      pair.target.map((text) => ({ text })),
    );
  else throw new Error(`unknown aligner ${aligner}`);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const m = scoreAlignment(pair.gold, groups);
  process.stdout.write(
    `${JSON.stringify({
      aligner,
      n: pair.source.length,
      m: pair.target.length,
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      linkF1: m.linkF1,
      groupF1: m.groupF1,
    })}\n`,
  );
}

await main();
