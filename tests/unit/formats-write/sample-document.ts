/** Test documents for the writers: a hand-made one full of awkward text, and one built from real UDHR data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportDocument, ExportSegment, Paragraph, Revision } from '../../../core/model';

const T0 = Date.parse('2026-11-30T09:00:00Z');
const at = (sec: number): string => new Date(T0 + sec * 1000).toISOString();

function seg(
  p: Partial<ExportSegment> & Pick<ExportSegment, 'id' | 'order' | 'source' | 'mt'>,
): ExportSegment {
  return {
    correction: null,
    status: 'new',
    kind: 'body',
    sourceIndices: [p.order],
    targetIndices: [p.order],
    revisions: [],
    createdAt: at(0),
    changedAt: at(0),
    ...p,
  };
}

const rev = (
  revision: number,
  text: string,
  sec: number,
  origin: Revision['origin'] = 'typed',
): Revision => ({
  revision,
  text,
  createdAt: at(sec),
  origin,
});

/** Corrections with every character class that breaks naive XML/CSV writers. */
export const AWKWARD = [
  'Tom & Jerry <b>bold</b> "quoted" \'single\' ]]> &amp;lt;',
  'Санкции против «Россельхозбанка» сняты — 😀🇷🇺 emoji',
  '  leading and trailing spaces  ',
  'line one\nline two\r\nline three\rend\ttab',
  '=1+1',
];

export function awkwardDocument(): ExportDocument {
  const segments: ExportSegment[] = [
    seg({
      id: 11,
      order: 0,
      kind: 'heading',
      source: 'Заголовок & <тег>',
      mt: 'Heading & <tag>',
      status: 'approved',
    }),
    seg({
      id: 12,
      order: 1,
      source: 'Снять санкции с Россельхозбанка и подключить его к SWIFT.',
      mt: 'Lift sanctions from the Rosselkhoznadzor and reconnect it to SWIFT.',
      correction: 'Lift sanctions from Rosselkhozbank and reconnect it to SWIFT.',
      status: 'edited',
      revisions: [
        rev(1, 'Lift sanctions from Rosselkhozbank and reconnect it to SWIFT', 30),
        rev(2, 'Lift sanctions from Rosselkhozbank and reconnect it to SWIFT.', 42),
      ],
      comments: ['Check the bank name & <tags> with the client.', 'Второй комментарий: «ок»'],
      changedAt: at(42),
    }),
    ...AWKWARD.map((text, k) =>
      seg({
        id: 20 + k,
        order: 2 + k,
        source: `Источник ${k} <&> "кавычки"`,
        mt: `MT ${k} ${text.slice(0, 5)}`,
        correction: text,
        status: k % 2 === 0 ? 'edited' : 'approved',
        revisions: [rev(1, text, 60 + k * 20)],
        changedAt: at(60 + k * 20),
      }),
    ),
    seg({ id: 30, order: 7, source: 'Отклонено', mt: 'Rejected MT stays', status: 'rejected' }),
    seg({
      id: 31,
      order: 8,
      source: 'Равно',
      mt: 'Same as MT',
      correction: 'Same as MT',
      status: 'edited',
      revisions: [rev(1, 'Same as MT', 200)],
    }),
    seg({
      id: 32,
      order: 9,
      source: 'Пусто',
      mt: 'Emptied',
      correction: '',
      status: 'edited',
      revisions: [rev(1, '', 210)],
    }),
    seg({ id: 33, order: 10, source: '', mt: 'Added by MT', status: 'new' }),
    seg({
      id: 34,
      order: 11,
      kind: 'chrome',
      source: 'Следующая новость',
      mt: 'Next news',
      status: 'new',
    }),
  ];
  const targetParagraphs: Paragraph[] = segments.map((s) => ({
    index: s.order,
    text: s.mt,
    kind: s.kind,
    lang: 'en',
    untranslated: false,
  }));
  return {
    id: 7,
    name: 'izvestia "test" & co.html',
    sourceLang: 'ru',
    targetLang: 'en',
    targetFormat: 'txt',
    targetOriginal: segments.map((s) => s.mt).join('\n\n'),
    sourceName: 'source.ru.txt',
    targetParagraphs,
    segments,
    mtEngine: 'Yandex Translate',
  };
}

/** The UDHR ru/en pair from corpus/parallel/udhr with its gold alignment, every 3rd row corrected. */
export function udhrDocument(): ExportDocument {
  const dir = join(import.meta.dirname, '../../../corpus/parallel/udhr');
  const ru = readFileSync(join(dir, 'source.ru.txt'), 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const en = readFileSync(join(dir, 'target.en.txt'), 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const gold = readFileSync(join(dir, 'gold.tsv'), 'utf8').trim().split('\n');
  const idx = (s: string | undefined): number[] => (s ? s.split(',').map(Number) : []);
  const segments = gold.map((line, order) => {
    const [s, t] = line.split('\t');
    const sourceIndices = idx(s);
    const targetIndices = idx(t);
    const mt = targetIndices.map((i) => en[i] ?? '').join(' ');
    const corrected = order % 3 === 1;
    const correction = corrected ? mt.replace(/\bthe\b/, 'the very').replace(/,/, ';') : null;
    return seg({
      id: 1000 + order,
      order,
      source: sourceIndices.map((i) => ru[i] ?? '').join(' '),
      mt,
      correction,
      status: corrected ? (order % 2 ? 'approved' : 'edited') : 'new',
      sourceIndices,
      targetIndices,
      revisions: correction === null ? [] : [rev(1, correction, 100 + order * 15)],
      changedAt: at(correction === null ? 0 : 100 + order * 15),
    });
  });
  return {
    id: 3,
    name: 'udhr.en.txt',
    sourceLang: 'ru',
    targetLang: 'en',
    targetFormat: 'txt',
    targetOriginal: en.join('\n\n'),
    sourceName: 'udhr.ru.txt',
    targetParagraphs: en.map((text, index) => ({
      index,
      text,
      kind: 'body',
      lang: 'en',
      untranslated: false,
    })),
    segments,
    mtEngine: 'Gold (human) translation',
  };
}

export const joinChunks = (chunks: Iterable<string>): string => Array.from(chunks).join('');
