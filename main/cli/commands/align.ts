import { parseArgs } from 'node:util';
import { type AlignOptions, alignParagraphs, parseLexicon } from '../../../core/align';
import { type AlignGroup, InputError, type SplitMode } from '../../../core/model';
import { formatFromName } from '../../../core/formats';
import { segmentDocument } from '../../../core/segment';
import { readDocumentFile } from '../../io';
import { type CliCommand, UsageError } from '../types';

const SPLITS: readonly SplitMode[] = ['auto', 'lines', 'blank'];
const FORMATS = ['tsv', 'json'] as const;
const LANG = /^[a-z]{2,3}$/;

/**
 * Paragraphs of a document file as the import reads them: encoding detected, HTML/Markdown/text by
 * name, split by `mode`, each with its kind so the aligner can pair chrome with chrome.
 */
async function readParagraphs(file: string, mode: SplitMode, lang?: string, sourceLang?: string) {
  const read = await readDocumentFile(file);
  const doc = segmentDocument(read.text, {
    format: formatFromName(file),
    name: file,
    split: mode,
    ...(lang ? { lang } : {}),
    ...(sourceLang ? { sourceLang } : {}),
  });
  if (doc.paragraphs.length === 0) throw new InputError(file, 'empty: no paragraphs');
  return doc.paragraphs.map((p) => ({ text: p.text, kind: p.kind }));
}

function langOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const lang = value.trim().toLowerCase();
  if (!LANG.test(lang))
    throw new UsageError(`${flag} must be an ISO 639-1 code like "en", not "${value}"`);
  return lang;
}

/** The gold format of the corpus: one group a line, `i[,i…]<TAB>j[,j…]`, empty side for 1:0 / 0:1. */
export function formatTsv(groups: readonly AlignGroup[]): string {
  return groups.map((g) => `${g.src.join(',')}\t${g.tgt.join(',')}\n`).join('');
}

export const command: CliCommand = {
  name: 'align',
  summary: 'Align the paragraphs of a source text and its translation (1:1, 1:2, 2:1, 1:0, 0:1).',
  usage:
    'sverka align <source> <target> [--split auto|lines|blank] [--source-lang ru] ' +
    '[--target-lang en] [--format tsv|json] [--lexicon FILE]',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      options: {
        split: { type: 'string', default: 'auto' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        format: { type: 'string', default: 'tsv' },
        lexicon: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 2) throw new UsageError('give a source file and a target file');
    const [sourceFile, targetFile] = positionals as [string, string];
    const split = SPLITS.find((s) => s === values.split);
    if (!split) throw new UsageError(`--split must be auto, lines or blank, not "${values.split}"`);
    const format = FORMATS.find((f) => f === values.format);
    if (!format) throw new UsageError(`--format must be tsv or json, not "${values.format}"`);
    const sourceLang = langOption(values['source-lang'], '--source-lang');
    const targetLang = langOption(values['target-lang'], '--target-lang');

    const source = await readParagraphs(sourceFile, split, sourceLang);
    const target = await readParagraphs(targetFile, split, targetLang, sourceLang);
    const options: AlignOptions = {};
    if (sourceLang) options.sourceLang = sourceLang;
    if (targetLang) options.targetLang = targetLang;
    if (values.lexicon !== undefined) {
      const lexicon = parseLexicon((await readDocumentFile(values.lexicon)).text);
      if (lexicon.length === 0)
        throw new InputError(values.lexicon, 'no `target @ source` entries in the lexicon');
      options.lexicon = lexicon;
    }
    const groups = alignParagraphs(source, target, options);
    if (format === 'tsv') io.out(formatTsv(groups));
    else
      io.out(
        `${JSON.stringify({
          source: source.length,
          target: target.length,
          groups: groups.map((g) => ({
            src: g.src,
            tgt: g.tgt,
            confidence: Math.round(g.confidence * 1000) / 1000,
          })),
        })}\n`,
      );
    return 0;
  },
};
