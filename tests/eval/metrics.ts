import type { AlignGroup } from '../../core/model';

/** A gold or predicted group: source and target paragraph indices. */
export type GoldGroup = { src: number[]; tgt: number[] };

export type Shape = '1:1' | '1:0' | '0:1' | '1:2' | '2:1' | 'n:m';

export type AlignMetrics = {
  linkP: number;
  linkR: number;
  linkF1: number;
  groupF1: number;
  /** Exact recall of gold groups of each shape: [hit, total]. */
  shapeRecall: Partial<Record<Shape, [number, number]>>;
};

/** Parse the corpus gold format: `i[,i…]<TAB>j[,j…]` per line, either side may be empty. */
export function parseGold(text: string): GoldGroup[] {
  const out: GoldGroup[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [a = '', b = ''] = line.split('\t');
    const nums = (s: string): number[] => (s.trim() === '' ? [] : s.split(',').map(Number));
    out.push({ src: nums(a), tgt: nums(b) });
  }
  return out;
}

/** Format groups in the gold format. */
export function formatGold(groups: readonly GoldGroup[]): string {
  return groups.map((g) => `${g.src.join(',')}\t${g.tgt.join(',')}\n`).join('');
}

export function shapeOf(g: GoldGroup): Shape {
  const a = g.src.length;
  const b = g.tgt.length;
  if (a === 1 && b === 1) return '1:1';
  if (a === 1 && b === 0) return '1:0';
  if (a === 0 && b === 1) return '0:1';
  if (a === 1 && b === 2) return '1:2';
  if (a === 2 && b === 1) return '2:1';
  return 'n:m';
}

const key = (g: GoldGroup): string => `${g.src.join(',')}|${g.tgt.join(',')}`;

/** Link P/R/F1 over each group's cross product, group F1 by exact match, exact recall per shape. */
export function scoreAlignment(
  gold: readonly GoldGroup[],
  pred: readonly (GoldGroup | AlignGroup)[],
): AlignMetrics {
  let width = 1;
  for (const g of [...gold, ...pred]) for (const j of g.tgt) width = Math.max(width, j + 1);
  const links = (gs: readonly GoldGroup[]): Set<number> => {
    const s = new Set<number>();
    for (const g of gs) for (const i of g.src) for (const j of g.tgt) s.add(i * width + j);
    return s;
  };
  const gl = links(gold);
  const pl = links(pred);
  let hit = 0;
  for (const l of pl) if (gl.has(l)) hit++;
  const linkP = pl.size === 0 ? 0 : hit / pl.size;
  const linkR = gl.size === 0 ? 0 : hit / gl.size;
  const linkF1 = linkP + linkR === 0 ? 0 : (2 * linkP * linkR) / (linkP + linkR);
  const pk = new Set(pred.map(key));
  let ghit = 0;
  const shapeRecall: Partial<Record<Shape, [number, number]>> = {};
  for (const g of gold) {
    const ok = pk.has(key(g));
    if (ok) ghit++;
    const s = shapeOf(g);
    const cur = shapeRecall[s] ?? [0, 0];
    shapeRecall[s] = [cur[0] + (ok ? 1 : 0), cur[1] + 1];
  }
  const gp = pred.length === 0 ? 0 : ghit / pred.length;
  const gr = gold.length === 0 ? 0 : ghit / gold.length;
  const groupF1 = gp + gr === 0 ? 0 : (2 * gp * gr) / (gp + gr);
  return { linkP, linkR, linkF1, groupF1, shapeRecall };
}
