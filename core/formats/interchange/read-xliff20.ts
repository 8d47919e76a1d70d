/**
 * XLIFF 2.0 reader: one segment per <unit> (segments of a multi-segment unit are joined), unit by unit. The MT is the
 * mtc:match of type "mt", status from segment/@state (+ subState), and Sverka's mda metadata restores
 * kind and whether a human corrected the row.
 */
import { InputError } from '../../model';
import { correctionFrom, kindFrom } from './kinds';
import { statusFromXliff20 } from './states';
import type { InterchangeDocument, InterchangeSegment } from './types';
import { checkWellFormed, elements, elementsIn, first, rootElement, textOf } from './xml-tree';
import type { XElement } from './xml-tree';

function meta(unit: XElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of elements(first(unit, 'metadata') ?? unit, 'metaGroup')) {
    if (group.attrs['category'] !== 'sverka') continue;
    for (const m of elements(group, 'meta')) out.set(m.attrs['type'] ?? '', textOf(m));
  }
  return out;
}

/** Reads an XLIFF 2.x document; throws InputError naming `file` on malformed input. */
export function readXliff20(text: string, file = 'XLIFF file'): InterchangeDocument {
  checkWellFormed(text, file);
  const root = rootElement(text, file);
  if (root.local !== 'xliff' || !(root.attrs['version'] ?? '').startsWith('2.')) {
    throw new InputError(file, 'not XLIFF 2.x');
  }
  const segments: InterchangeSegment[] = [];
  for (const unit of elementsIn(text, ['unit'])) {
    const parts = elements(unit).filter((c) => c.local === 'segment' || c.local === 'ignorable');
    const segs = parts.filter((c) => c.local === 'segment');
    const source = parts.map((p) => textOf(first(p, 'source'))).join('');
    const target = parts.map((p) => textOf(first(p, 'target') ?? first(p, 'source'))).join('');
    const matches = elements(first(unit, 'matches') ?? unit, 'match');
    const mtMatch = matches.find((m) => m.attrs['type'] === 'mt');
    const m = meta(unit);
    const mt = mtMatch ? textOf(first(mtMatch, 'target')) : target;
    const state = segs[0]?.attrs['state'];
    segments.push({
      id: unit.attrs['id'] ?? String(segments.length + 1),
      source,
      mt,
      correction: mtMatch ? correctionFrom(m.get('corrected'), target, mt) : null,
      status: statusFromXliff20(state, segs[0]?.attrs['subState']),
      kind: kindFrom(m.get('kind')),
    });
  }
  return {
    sourceLang: root.attrs['srcLang'] ?? '',
    targetLang: root.attrs['trgLang'] ?? '',
    segments,
  };
}
