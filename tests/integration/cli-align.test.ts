import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/model';
import { command } from '../../main/cli/commands/align';
import { UsageError } from '../../main/cli/types';
import { corpusDir } from '../eval/corpus';

async function runAlign(args: string[]): Promise<{ status: number; out: string }> {
  let out = '';
  const status = await command.run(args, { out: (t) => (out += t), err: () => undefined });
  return { status, out };
}

const dir = mkdtempSync(join(tmpdir(), 'sverka-align-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('sverka align', () => {
  it('prints the gold format for a corpus pair, covering every paragraph once', async () => {
    const root = join(corpusDir(), 'udhr');
    const { status, out } = await runAlign([
      join(root, 'source.ru.txt'),
      join(root, 'target.en.txt'),
      '--split',
      'lines',
    ]);
    expect(status).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines.every((l) => /^(\d+(,\d+)*)?\t(\d+(,\d+)*)?$/.test(l))).toBe(true);
    const src = lines.flatMap((l) =>
      l.split('\t')[0] ? (l.split('\t')[0] as string).split(',') : [],
    );
    const tgt = lines.flatMap((l) =>
      l.split('\t')[1] ? (l.split('\t')[1] as string).split(',') : [],
    );
    expect(src.map(Number)).toEqual(Array.from({ length: 91 }, (_, i) => i));
    expect(tgt.map(Number)).toEqual(Array.from({ length: 92 }, (_, i) => i));
  });

  it('adds confidences in json, and reads a hunalign lexicon', async () => {
    const s = file('s.txt', 'кошка спит\n\nсобака лает громко\n\nптица поёт утром\n');
    const t = file('t.txt', 'the dog barks loudly\n\nthe bird sings in the morning\n');
    const lex = file('lex.txt', 'dog @ собака\nbird @ птица\nmorning @ утром\n');
    const { status, out } = await runAlign([s, t, '--format', 'json', '--lexicon', lex]);
    expect(status).toBe(0);
    const json = JSON.parse(out) as {
      source: number;
      target: number;
      groups: { src: number[]; tgt: number[]; confidence: number }[];
    };
    expect(json.source).toBe(3);
    expect(json.target).toBe(2);
    expect(json.groups.map((g) => [g.src, g.tgt])).toEqual([
      [[0], []],
      [[1], [0]],
      [[2], [1]],
    ]);
    for (const g of json.groups) expect(g.confidence).toBeGreaterThanOrEqual(0);
  });

  it('refuses missing and empty files with InputError, bad flags with UsageError', async () => {
    const ok = file('ok.txt', 'one\n');
    await expect(runAlign([join(dir, 'nope.txt'), ok])).rejects.toThrow(InputError);
    await expect(runAlign([file('empty.txt', '\n\n'), ok])).rejects.toThrow(/empty/);
    await expect(runAlign([ok])).rejects.toThrow(UsageError);
    await expect(runAlign([ok, ok, '--format', 'xml'])).rejects.toThrow(UsageError);
    await expect(runAlign([ok, ok, '--split', 'words'])).rejects.toThrow(UsageError);
    await expect(runAlign([ok, ok, '--source-lang', 'russian'])).rejects.toThrow(UsageError);
  });

  it('through the dispatcher: a missing file is one line on stderr and exit 2', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/sverka.mjs', 'align', join(dir, 'missing.txt'), file('x.txt', 'x\n')],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('missing.txt: no such file');
  });

  it('reads files as the import does: detected encoding, HTML paragraphs', async () => {
    // UTF-16 with a BOM (NUL bytes a plain UTF-8 read would refuse) and an HTML page on one line.
    const ru = join(dir, 'ru-utf16.txt');
    const text = 'Кошка спит на окне 3 часа.\n\nСобака лает во дворе 12 раз.\n';
    writeFileSync(ru, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const en = file(
      'en.html',
      '<html><body><p>The cat sleeps on the window for 3 hours.</p><p>The dog barks 12 times in the yard.</p></body></html>',
    );
    const { status, out } = await runAlign([ru, en, '--format', 'json']);
    expect(status).toBe(0);
    const json = JSON.parse(out) as {
      source: number;
      target: number;
      groups: { src: number[]; tgt: number[] }[];
    };
    expect([json.source, json.target]).toEqual([2, 2]);
    expect(json.groups.map((g) => [g.src, g.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });
});
