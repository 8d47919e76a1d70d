import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../core/model';
import { command as inspect } from '../../main/cli/commands/inspect';
import { COMMANDS } from '../../main/cli/commands';
import { main } from '../../main/cli';
import { UsageError } from '../../main/cli/types';

const ROOT = join(import.meta.dirname, '../..');
const SEED = join(ROOT, 'corpus/seed/izvestia-2025-04.mt.en.txt');
const PAGES = join(ROOT, 'corpus/pages/debian-faq');

const dir = mkdtempSync(join(tmpdir(), 'sverka-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await inspect.run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

type Row = { index: number; kind: string; lang: string; untranslated: boolean; text: string };
const rows = (out: string): Row[] =>
  out
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);

describe('sverka inspect', () => {
  it('prints one JSON object per paragraph, in order, in the documented shape', async () => {
    const { code, out } = await run(SEED, '--lang', 'en');
    expect(code).toBe(0);
    const all = rows(out);
    expect(all[0]).toEqual({
      index: 0,
      kind: 'chrome',
      lang: 'en',
      untranslated: false,
      text: 'Skip to main content',
    });
    expect(Object.keys(all[5] ?? {})).toEqual(['index', 'kind', 'lang', 'untranslated', 'text']);
    expect(all.map((r) => r.index)).toEqual(all.map((_, i) => i));
    expect(all.filter((r) => r.kind === 'body')).toHaveLength(21);
    expect(all.filter((r) => r.kind === 'heading')).toHaveLength(2);
    expect(all.filter((r) => r.untranslated).map((r) => r.lang)).toEqual(['ru', 'ru', 'ru']);
  });

  it('--source-lang limits untranslated to that language', async () => {
    const de = rows((await run(SEED, '--lang', 'en', '--source-lang', 'de')).out);
    expect(de.filter((r) => r.untranslated)).toEqual([]);
    const ru = rows((await run(SEED, '--lang', 'en', '--source-lang', 'ru')).out);
    expect(ru.filter((r) => r.untranslated)).toHaveLength(3);
  });

  it('--split lines and blank change the cut', async () => {
    const text = join(dir, 'wrapped.txt');
    writeFileSync(
      text,
      'Home\nNews\n\nThe bridge reopened on Monday after two years of\nrepairs, and hundreds of residents walked across it.\n',
    );
    expect(rows((await run(text, '--split', 'lines')).out)).toHaveLength(4);
    expect(rows((await run(text, '--split', 'blank')).out)).toHaveLength(2);
    expect(rows((await run(text)).out)).toHaveLength(3);
  });

  it('--format table prints an aligned table with a summary', async () => {
    const { code, out } = await run(
      join(PAGES, 'redistributing.en.html'),
      '--format',
      'table',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^#\s+kind\s+lang\s+untr\s+reason\s+text$/);
    const textColumn = lines[0]?.indexOf('text') ?? -1;
    for (const line of lines.slice(1, 10)) expect(line.length).toBeGreaterThan(textColumn);
    expect(out).toMatch(
      /21 paragraphs: 8 body, 5 heading, 8 chrome; 0 untranslated; encoding utf-8/,
    );
  });

  it('--details adds the chrome reason and the HTML path', async () => {
    const first = rows((await run(join(PAGES, 'redistributing.ru.html'), '--details')).out)[0];
    expect(first).toMatchObject({ kind: 'chrome', chromeReason: 'nav', path: '1/0/0/0/0' });
  });

  it('reads the same Russian text in every encoding to the same output', async () => {
    const russian =
      'Главная\nНовости\n\nРедактор сравнивает абзацы и исправляет ошибки машинного перевода.\n';
    const outputs = new Set<string>();
    for (const [i, bytes] of [
      Buffer.from(russian),
      iconv.encode(russian, 'utf-16le', { addBOM: true }),
      iconv.encode(russian, 'windows-1251'),
      iconv.encode(russian, 'koi8-r'),
    ].entries()) {
      const path = join(dir, `ru-${i}.txt`);
      writeFileSync(path, bytes);
      outputs.add((await run(path, '--lang', 'ru')).out);
    }
    expect(outputs.size).toBe(1);
    expect(rows([...outputs][0] ?? '')).toHaveLength(3);
  });

  it('rejects bad flags with a UsageError', async () => {
    await expect(run(SEED, '--split', 'words')).rejects.toBeInstanceOf(UsageError);
    await expect(run(SEED, '--format', 'xml')).rejects.toBeInstanceOf(UsageError);
    await expect(run(SEED, '--lang', 'english')).rejects.toBeInstanceOf(UsageError);
    await expect(run()).rejects.toBeInstanceOf(UsageError);
  });

  it('rejects bad files with a one-line InputError naming the file', async () => {
    const bin = join(dir, 'photo.html');
    writeFileSync(bin, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const utf16 = join(dir, 'cut.txt');
    writeFileSync(utf16, iconv.encode('Привет', 'utf-16le', { addBOM: true }).subarray(0, 7));
    const cases: Array<[string[], RegExp]> = [
      [[bin], /binary file/],
      [[empty], /file is empty/],
      [[SEED, '--max-size', '0.001'], /file is too large/],
      [[utf16], /truncated UTF-16LE/],
    ];
    for (const [args, problem] of cases) {
      const error = await run(...args).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(problem);
      expect((error as Error).message.startsWith(`${args[0]}: `)).toBe(true);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('sverka inspect through the dispatcher', () => {
  it('is registered with the dispatcher', () => {
    expect(COMMANDS.map((c) => c.name)).toContain('inspect');
  });

  it('exits 2 with one line on stderr and no stack trace for bad input', async () => {
    const empty = join(dir, 'empty2.txt');
    writeFileSync(empty, '');
    let err = '';
    const code = await main(['inspect', empty], { out: () => {}, err: (s) => (err += s) });
    expect(code).toBe(2);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain(`${empty}: file is empty`);
  });

  it('runs as a real process: exit 2 and a single stderr line', async () => {
    const truncated = join(dir, 'truncated.txt');
    writeFileSync(truncated, Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]));
    const result = await promisify(execFile)(process.execPath, [
      join(ROOT, 'bin/sverka.mjs'),
      'inspect',
      truncated,
    ]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/truncated\.txt: truncated UTF-16LE/);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
