import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGold } from './metrics';
import type { EvalPair } from './udhr-pairs';

/** corpus/parallel of this repo (copied from the shared corpus with provenance), found from this file. */
export function corpusDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return resolve(here, '../../corpus/parallel');
}

export function readLines(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Every folder of the parallel corpus as an eval pair (source ru, target en, gold). */
export function corpusPairs(): EvalPair[] {
  const root = corpusDir();
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'gold.tsv')))
    .sort()
    .map((d) => ({
      name: d,
      source: readLines(join(root, d, 'source.ru.txt')),
      target: readLines(join(root, d, 'target.en.txt')),
      gold: parseGold(readFileSync(join(root, d, 'gold.tsv'), 'utf8')),
    }));
}

/** Concatenate pairs (several times over) until each side has at least `size` paragraphs; gold offset. */
export function concatenatePairs(pairs: readonly EvalPair[], size: number): EvalPair {
  const source: string[] = [];
  const target: string[] = [];
  const gold: EvalPair['gold'] = [];
  for (let round = 0; source.length < size || target.length < size; round++) {
    const p = pairs[round % pairs.length] as EvalPair;
    const s0 = source.length;
    const t0 = target.length;
    source.push(...p.source);
    target.push(...p.target);
    for (const g of p.gold)
      gold.push({ src: g.src.map((i) => i + s0), tgt: g.tgt.map((j) => j + t0) });
  }
  return { name: `concatenated ${source.length}×${target.length}`, source, target, gold };
}
