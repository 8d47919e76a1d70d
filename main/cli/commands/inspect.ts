import { parseArgs } from 'node:util';
import type { Paragraph, SplitMode } from '../../../core/model';
import { formatFromName, segmentDocument } from '../../../core/segment';
import { DEFAULT_MAX_BYTES, readDocumentFile } from '../../io';
import { UsageError, type CliCommand } from '../types';

const SPLITS: readonly SplitMode[] = ['auto', 'lines', 'blank'];
const FORMATS = ['jsonl', 'table'] as const;
type OutputFormat = (typeof FORMATS)[number];
const LANG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/;
const TEXT_WIDTH = 90;

function langOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const lang = value.trim().toLowerCase();
  if (!LANG.test(lang))
    throw new UsageError(`${flag} must be an ISO 639-1 code like "en", not "${value}"`);
  return lang;
}

function jsonLine(p: Paragraph, details: boolean): string {
  const row: Record<string, unknown> = {
    index: p.index,
    kind: p.kind,
    lang: p.lang,
    untranslated: p.untranslated,
    text: p.text,
  };
  if (details) {
    if (p.chromeReason) row.chromeReason = p.chromeReason;
    if (p.path !== undefined) row.path = p.path;
  }
  return JSON.stringify(row);
}

function clip(text: string): string {
  const flat = text.replace(/\n/g, ' ⏎ ');
  return flat.length > TEXT_WIDTH ? `${flat.slice(0, TEXT_WIDTH - 1)}…` : flat;
}

/** A fixed-width table a person can scan: one row per paragraph, then a count line. */
export function formatTable(paragraphs: readonly Paragraph[], encoding: string): string {
  const header = ['#', 'kind', 'lang', 'untr', 'reason', 'text'];
  const rows = paragraphs.map((p) => [
    String(p.index),
    p.kind,
    p.lang,
    p.untranslated ? 'yes' : '',
    p.chromeReason ?? '',
    clip(p.text),
  ]);
  const widths = header.map((h, col) =>
    Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((c, col) => (col === cells.length - 1 ? c : c.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd();
  const count = (kind: string): number => paragraphs.filter((p) => p.kind === kind).length;
  const untranslated = paragraphs.filter((p) => p.untranslated).length;
  const summary =
    `${paragraphs.length} paragraphs: ${count('body')} body, ${count('heading')} heading, ` +
    `${count('chrome')} chrome; ${untranslated} untranslated; encoding ${encoding}`;
  return [line(header), ...rows.map(line), '', summary, ''].join('\n');
}

export const command: CliCommand = {
  name: 'inspect',
  summary:
    'Show how Sverka reads a document: paragraphs with kind, language and untranslated flag.',
  usage:
    'sverka inspect <file> [--lang xx] [--source-lang yy] [--split auto|lines|blank] ' +
    '[--format jsonl|table] [--max-size MB] [--details]',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      options: {
        lang: { type: 'string' },
        'source-lang': { type: 'string' },
        split: { type: 'string', default: 'auto' },
        format: { type: 'string', default: 'jsonl' },
        'max-size': { type: 'string' },
        details: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one file to inspect');
    const file = positionals[0] as string;
    const split = SPLITS.find((s) => s === values.split);
    if (!split) throw new UsageError(`--split must be auto, lines or blank, not "${values.split}"`);
    const format = FORMATS.find((f) => f === values.format) as OutputFormat | undefined;
    if (!format) throw new UsageError(`--format must be jsonl or table, not "${values.format}"`);
    let maxBytes = DEFAULT_MAX_BYTES;
    if (values['max-size'] !== undefined) {
      const mb = Number(values['max-size']);
      if (!(mb > 0))
        throw new UsageError(
          `--max-size must be a positive number of MB, not "${values['max-size']}"`,
        );
      maxBytes = Math.floor(mb * 1024 * 1024);
    }
    const lang = langOption(values.lang, '--lang');
    const sourceLang = langOption(values['source-lang'], '--source-lang');

    const doc = await readDocumentFile(file, { maxBytes });
    const { paragraphs } = segmentDocument(doc.text, {
      format: formatFromName(doc.name),
      name: doc.name,
      split,
      ...(lang ? { lang } : {}),
      ...(sourceLang ? { sourceLang } : {}),
    });
    if (format === 'table') io.out(formatTable(paragraphs, doc.encoding));
    else io.out(paragraphs.map((p) => `${jsonLine(p, values.details)}\n`).join(''));
    return 0;
  },
};
