import { describe, expect, it } from 'vitest';
import {
  readTmx,
  readXliff12,
  readXliff20,
  writeTmx,
  writeXliff12,
  writeXliff20,
} from '../../../core/formats';
import type { InterchangeDocument } from '../../../core/formats';
import type { ExportDocument } from '../../../core/model';
import { AWKWARD, awkwardDocument, joinChunks, udhrDocument } from './sample-document';

type Pair = [
  string,
  (d: ExportDocument, o: { includeChrome: boolean }) => Iterable<string>,
  (t: string) => InterchangeDocument,
];
const formats: Pair[] = [
  ['TMX', writeTmx, readTmx],
  ['XLIFF 1.2', writeXliff12, readXliff12],
  ['XLIFF 2.0', writeXliff20, readXliff20],
];

const expected = (doc: ExportDocument, includeChrome: boolean) =>
  doc.segments
    .filter((s) => includeChrome || s.kind !== 'chrome')
    .map((s) => ({
      id: String(s.id),
      source: s.source,
      mt: s.mt,
      correction: s.correction,
      status: s.status,
      kind: s.kind,
    }));

describe.each(formats)('%s: export → import gives the same rows', (_name, write, read) => {
  it('awkward text (markup characters, Cyrillic, emoji, edge spaces, newlines, CR, tab), all statuses', () => {
    const doc = awkwardDocument();
    const back = read(joinChunks(write(doc, { includeChrome: true })));
    expect(back.sourceLang).toBe('ru');
    expect(back.targetLang).toBe('en');
    expect(back.segments).toEqual(expected(doc, true));
    for (const text of AWKWARD) expect(back.segments.some((s) => s.correction === text)).toBe(true);
  });
  it('chrome rows are left out by default', () => {
    const doc = awkwardDocument();
    const back = read(joinChunks(write(doc, { includeChrome: false })));
    expect(back.segments).toEqual(expected(doc, false));
    expect(back.segments.some((s) => s.kind === 'chrome')).toBe(false);
  });
  it('a real document (UDHR ru/en, gold alignment, incl. a 1:2 group)', () => {
    const doc = udhrDocument();
    const back = read(joinChunks(write(doc, { includeChrome: false })));
    expect(back.segments).toEqual(expected(doc, false));
  });
});

describe('readers on input they did not write', () => {
  it("reads another tool's TMX (no Sverka props): target counts as MT", () => {
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ru" datatype="plaintext"/><body>
<tu tuid="a"><tuv xml:lang="ru"><seg>Привет, <bpt i="1">&lt;b&gt;</bpt>мир<ept i="1">&lt;/b&gt;</ept></seg></tuv><tuv xml:lang="en"><seg><![CDATA[Hello & <world>]]></seg></tuv></tu></body></tmx>`;
    const r = readTmx(tmx);
    expect(r.segments).toEqual([
      {
        id: 'a',
        source: 'Привет, мир',
        mt: 'Hello & <world>',
        correction: null,
        status: 'new',
        kind: 'body',
      },
    ]);
  });
  it("maps other tools' XLIFF 2.0 states and XLIFF 1.2 groups", () => {
    const x2 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en"><file id="f"><group id="g"><unit id="u"><segment state="reviewed"><source>a</source><target>b</target></segment><segment><source> c</source><target> d</target></segment></unit></group></file></xliff>`;
    expect(readXliff20(x2).segments[0]).toMatchObject({
      id: 'u',
      source: 'a c',
      mt: 'b d',
      correction: null,
      status: 'approved',
    });
    const x1 = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="f" source-language="ru" target-language="en" datatype="plaintext"><body><group><trans-unit id="t"><source>a</source><target state="final">b</target></trans-unit></group></body></file></xliff>`;
    expect(readXliff12(x1).segments[0]).toMatchObject({
      id: 't',
      source: 'a',
      mt: '',
      correction: 'b',
      status: 'approved',
    });
  });
  it('rejects malformed XML and the wrong format with a one-line message naming the file', () => {
    expect(() => readTmx('<tmx><body><tu></body></tmx>', 'broken.tmx')).toThrow(
      /^broken\.tmx: not well-formed XML/,
    );
    expect(() => readXliff20('<xliff version="1.2"/>', 'old.xlf')).toThrow(
      'old.xlf: not XLIFF 2.x',
    );
    expect(() => readXliff12('<tmx version="1.4"/>', 'a.xlf')).toThrow('a.xlf: not XLIFF 1.x');
  });
  it('finds units by tags only: not inside comments, CDATA, the DOCTYPE or attribute values', () => {
    const tmx = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY e "<tu>">]><tmx version="1.4"><header srclang="ru" note="a > b <tu>"/><!-- <tu tuid="c"></tu> --><body>
<tu tuid="1"><prop type="x-note"><![CDATA[</tu><tu tuid="x">]]></prop><tuv xml:lang="ru"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="ru"><seg>c</seg></tuv><tuv xml:lang="en"><seg>d</seg></tuv></tu></body></tmx>`;
    expect(readTmx(tmx).segments.map((s) => [s.id, s.source, s.mt])).toEqual([
      ['1', 'a', 'b'],
      ['2', 'c', 'd'],
    ]);
  });

  it('does not expand DTD entities (no billion laughs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>&b;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`;
    expect(readTmx(bomb).segments[0]?.source).toBe('&b;');
  });
});
