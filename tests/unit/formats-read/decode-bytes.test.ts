import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../core/model';
import { segmentDocument } from '../../../core/segment';
import { decodeDocumentBytes, readDocumentFile } from '../../../main/io';

// Russian text representable in every Cyrillic code page (no em dash: KOI8-R has none).
const RUSSIAN = [
  'Сверка - это проверка перевода по оригиналу.',
  '',
  'Редактор сравнивает абзацы и исправляет ошибки машинного перевода: пропуски,',
  'лишние слова, неверные термины. Ёлка, объём, съезд и щука тоже должны',
  'прочитаться правильно.',
  '',
  'Главная',
  'Новости',
  'Контакты',
].join('\r\n');

const dir = mkdtempSync(join(tmpdir(), 'sverka-decode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, bytes: Uint8Array | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const encodings: Array<[string, Buffer]> = [
  ['utf-8', Buffer.from(RUSSIAN, 'utf8')],
  ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RUSSIAN, 'utf8')])],
  ['utf-16le', iconv.encode(RUSSIAN, 'utf-16le', { addBOM: true })],
  ['utf-16be', iconv.encode(RUSSIAN, 'utf-16be', { addBOM: true })],
  ['windows-1251', iconv.encode(RUSSIAN, 'windows-1251')],
  ['koi8-r', iconv.encode(RUSSIAN, 'koi8-r')],
  ['iso-8859-5', iconv.encode(RUSSIAN, 'iso-8859-5')],
  ['ibm866', iconv.encode(RUSSIAN, 'ibm866')],
];

describe('readDocumentFile: encodings detected, not asked', () => {
  it.each(encodings.map(([enc, bytes], i) => [enc, bytes, i] as const))(
    '%s file gives the same text and the same paragraphs',
    async (encoding, bytes, i) => {
      const doc = await readDocumentFile(save(`ru-${i}.txt`, bytes));
      expect(doc.encoding).toBe(encoding);
      expect(doc.text).toBe(RUSSIAN);
      const ps = segmentDocument(doc.text, {
        format: 'txt',
        name: doc.name,
        lang: 'ru',
      }).paragraphs;
      expect(ps.map((p) => p.text)).toEqual([
        'Сверка - это проверка перевода по оригиналу.',
        'Редактор сравнивает абзацы и исправляет ошибки машинного перевода: пропуски, лишние слова, неверные термины. Ёлка, объём, съезд и щука тоже должны прочитаться правильно.',
        'Главная',
        'Новости',
        'Контакты',
      ]);
      expect(ps.map((p) => p.lang)).toEqual(['ru', 'ru', 'ru', 'ru', 'ru']);
    },
  );

  it('detects short Cyrillic lines in windows-1251 and KOI8-R', () => {
    for (const enc of ['windows-1251', 'koi8-r']) {
      const bytes = new Uint8Array(iconv.encode('Следующая новость', enc));
      expect(decodeDocumentBytes(bytes, 'x.txt')).toEqual({
        text: 'Следующая новость',
        encoding: enc,
      });
    }
  });

  it('uses an HTML page’s <meta charset> when it fits', () => {
    const html =
      '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>';
    const decoded = decodeDocumentBytes(
      new Uint8Array(iconv.encode(html, 'windows-1251')),
      'p.html',
    );
    expect(decoded).toEqual({ text: html, encoding: 'windows-1251' });
  });

  it('reads Western European legacy text', () => {
    const text = 'Über die Brücke gehen wir schön langsam; café, déjà vu.';
    const decoded = decodeDocumentBytes(
      new Uint8Array(iconv.encode(text, 'windows-1252')),
      'de.txt',
    );
    expect(decoded.text).toBe(text);
  });
});

describe('bad input: one-line InputError naming the file', () => {
  async function problem(path: string, opts?: { maxBytes?: number }): Promise<InputError> {
    const error = await readDocumentFile(path, opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const input = error as InputError;
    expect(input.message.startsWith(`${path}: `)).toBe(true);
    expect(input.message).not.toContain('\n');
    return input;
  }

  it('binary files', async () => {
    const png = save(
      'image.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expect((await problem(png)).problem).toMatch(/binary file.*PNG/);
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    expect((await problem(save('random.bin', random))).problem).toMatch(/binary file/);
  });

  it('empty and whitespace-only files', async () => {
    expect((await problem(save('empty.txt', Buffer.alloc(0)))).problem).toBe('file is empty');
    expect((await problem(save('blank.txt', Buffer.from(' \n\n\t')))).problem).toBe(
      'file contains no text',
    );
  });

  it('files over the size limit, checked before reading', async () => {
    const path = save('big.txt', Buffer.alloc(2048, 0x61));
    expect((await problem(path, { maxBytes: 1024 })).problem).toMatch(
      /too large.*2048 bytes.*1024 bytes/,
    );
    expect(() =>
      decodeDocumentBytes(new Uint8Array(2048).fill(0x61), 'up.txt', { maxBytes: 1024 }),
    ).toThrow(/^up\.txt: file is too large/);
  });

  it('truncated UTF-16 (odd byte count, or a cut surrogate pair)', async () => {
    const full = iconv.encode('Привет 🙂', 'utf-16le', { addBOM: true });
    const odd = save('odd.txt', full.subarray(0, full.length - 1));
    expect((await problem(odd)).problem).toMatch(/truncated UTF-16LE/);
    const cut = save('cut.txt', full.subarray(0, full.length - 2));
    expect((await problem(cut)).problem).toMatch(/truncated or damaged UTF-16LE/);
  });

  it('missing files and directories', async () => {
    expect((await problem(join(dir, 'nope.txt'))).problem).toBe('no such file');
    expect((await problem(dir)).problem).toMatch(/directory/);
  });

  it('UTF-8 with a BOM but broken bytes', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]);
    expect(() => decodeDocumentBytes(bytes, 'b.txt')).toThrow(/^b\.txt: not valid UTF-8/);
  });
});

describe('default size limit', () => {
  it('refuses a file over 64 MB without reading it', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 64 * 1024 * 1024 + 1); // sparse: costs no disk
    const error = await readDocumentFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problem).toBe('file is too large (64.0 MB; the limit is 64.0 MB)');
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it.each(['utf-16le', 'utf-16be'])('detects Russian %s text by its byte pattern', (encoding) => {
    const text = 'Главная\nНовости\n\nРедактор сравнивает абзацы.\n';
    const decoded = decodeDocumentBytes(new Uint8Array(iconv.encode(text, encoding)), 'x.txt');
    expect(decoded).toEqual({ text, encoding });
  });
});
