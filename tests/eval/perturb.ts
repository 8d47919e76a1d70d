import type { EvalPair } from './udhr-pairs';
import type { GoldGroup } from './metrics';

export type PerturbParams = { merge: number; split: number; drop: number; noise: number };

/** Deterministic PRNG (mulberry32) so a perturbed set is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Split a paragraph at the sentence or clause boundary nearest its middle; undefined if there is none.
function splitText(text: string): [string, string] | undefined {
  const cuts: number[] = [];
  for (const m of text.matchAll(/[.;:!?,]\s+/g)) cuts.push((m.index ?? 0) + m[0].length);
  const mid = text.length / 2;
  const good = cuts.filter((c) => c > 10 && c < text.length - 10);
  if (good.length === 0) return undefined;
  const at = good.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}

/**
 * Perturb the target side of a 1:1 pair the way the corpus's `*.perturbed` sets are made: merge two
 * target paragraphs (2:1), split one (1:2), drop one (1:0), insert a noise line (0:1).
 */
export function perturbPair(
  pair: EvalPair,
  params: PerturbParams,
  seed: number,
  noise: readonly string[],
): EvalPair {
  const rand = rng(seed);
  const target: string[] = [];
  const gold: GoldGroup[] = [];
  const groups = pair.gold;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as GoldGroup;
    if (rand() < params.noise && noise.length > 0) {
      gold.push({ src: [], tgt: [target.length] });
      target.push(noise[Math.floor(rand() * noise.length)] as string);
    }
    const text = g.tgt.map((j) => pair.target[j] ?? '').join(' ');
    const r = rand();
    const next = groups[k + 1];
    if (r < params.drop) {
      gold.push({ src: g.src, tgt: [] });
    } else if (r < params.drop + params.merge && next !== undefined && next.tgt.length > 0) {
      const nextText = next.tgt.map((j) => pair.target[j] ?? '').join(' ');
      gold.push({ src: [...g.src, ...next.src], tgt: [target.length] });
      target.push(`${text} ${nextText}`);
      k++;
    } else if (r < params.drop + params.merge + params.split && splitText(text) !== undefined) {
      const [a, b] = splitText(text) as [string, string];
      gold.push({ src: g.src, tgt: [target.length, target.length + 1] });
      target.push(a, b);
    } else {
      gold.push({ src: g.src, tgt: [target.length] });
      target.push(text);
    }
  }
  return { name: `${pair.name} perturbed`, source: pair.source, target, gold };
}
