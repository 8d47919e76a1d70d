/**
 * TMX reader (1.4; also reads other tools' TMX): one segment per <tu>, source = the <tuv> in the
 * header's srclang, target = the first other <tuv>. Sverka's props (x-mt, x-status, x-kind,
 * x-corrected) restore the MT, status and kind; without them the target counts as the MT.
 */
import { InputError } from '../../model';
import { correctionFrom, kindFrom } from './kinds';
import { asStatus } from './states';
import type { InterchangeDocument, InterchangeSegment } from './types';
import { checkWellFormed, elements, elementsIn, first, rootElement, textOf } from './xml-tree';
import type { XElement } from './xml-tree';

const langOf = (tuv: XElement): string => tuv.attrs['xml:lang'] ?? tuv.attrs['lang'] ?? '';
const sameLang = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Reads a TMX document; throws InputError naming `file` on malformed input. O(size), unit by unit. */
export function readTmx(text: string, file = 'TMX file'): InterchangeDocument {
  checkWellFormed(text, file);
  const root = rootElement(text, file);
  if (root.local !== 'tmx') throw new InputError(file, `not TMX (root element <${root.name}>)`);
  const header = elementsIn(text, ['header']).next().value;
  let sourceLang = header?.attrs['srclang'] ?? '';
  let targetLang = '';
  const segments: InterchangeSegment[] = [];
  for (const tu of elementsIn(text, ['tu'])) {
    const tuvs = elements(tu, 'tuv');
    if (!sourceLang || sourceLang === '*all*') sourceLang = tuvs[0] ? langOf(tuvs[0]) : '';
    const src = tuvs.find((t) => sameLang(langOf(t), sourceLang)) ?? tuvs[0];
    const tgt = tuvs.find((t) => t !== src);
    if (tgt && !targetLang) targetLang = langOf(tgt);
    const props = new Map<string, string>();
    for (const p of elements(tu, 'prop')) props.set(p.attrs['type'] ?? '', textOf(p));
    const target = textOf(first(tgt, 'seg'));
    const mt = props.get('x-mt') ?? target;
    const correction = props.has('x-mt')
      ? correctionFrom(props.get('x-corrected'), target, mt)
      : null;
    segments.push({
      id: tu.attrs['tuid'] ?? String(segments.length + 1),
      source: textOf(first(src, 'seg')),
      mt,
      correction,
      status: asStatus(props.get('x-status')) ?? (correction === null ? 'new' : 'edited'),
      kind: kindFrom(props.get('x-kind')),
    });
  }
  return { sourceLang, targetLang, segments };
}
