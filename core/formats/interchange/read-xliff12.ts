/**
 * XLIFF 1.2 reader: every <trans-unit> of every <file> (groups included), read unit by unit. The MT comes from the
 * <alt-trans alttranstype="previous-version"> (or the first alt-trans), status from target/@state,
 * and a target marked state-qualifier="leveraged-mt" is the untouched MT (correction null).
 */
import { InputError } from '../../model';
import { correctionFrom, kindFrom } from './kinds';
import { XLIFF12_MT_QUALIFIER, statusFromXliff12 } from './states';
import type { InterchangeDocument, InterchangeSegment } from './types';
import {
  checkWellFormed,
  elements,
  elementsIn,
  first,
  rootElement,
  startTag,
  textOf,
} from './xml-tree';

/** Reads an XLIFF 1.2 document; throws InputError naming `file` on malformed input. */
export function readXliff12(text: string, file = 'XLIFF file'): InterchangeDocument {
  checkWellFormed(text, file);
  const root = rootElement(text, file);
  if (root.local !== 'xliff' || !(root.attrs['version'] ?? '').startsWith('1.')) {
    throw new InputError(file, 'not XLIFF 1.x');
  }
  // The first <file>'s start tag carries the languages; its units are read one by one below.
  const fileTag = startTag(text, 'file');
  const segments: InterchangeSegment[] = [];
  for (const tu of elementsIn(text, ['trans-unit'])) {
    const target = first(tu, 'target');
    const targetText = textOf(target);
    const alts = elements(tu, 'alt-trans');
    const alt = alts.find((a) => a.attrs['alttranstype'] === 'previous-version') ?? alts[0];
    const qualifier = target?.attrs['state-qualifier'];
    const untouched = qualifier === XLIFF12_MT_QUALIFIER || qualifier === 'mt-suggestion';
    const mt = alt ? textOf(first(alt, 'target')) : untouched ? targetText : '';
    segments.push({
      id: tu.attrs['id'] ?? String(segments.length + 1),
      source: textOf(first(tu, 'source')),
      mt,
      correction: untouched
        ? null
        : alt
          ? correctionFrom('yes', targetText, mt)
          : correctionFrom(undefined, targetText, mt),
      status: statusFromXliff12(target?.attrs['state']),
      kind: kindFrom(tu.attrs['restype']),
    });
  }
  return {
    sourceLang: fileTag?.attrs['source-language'] ?? '',
    targetLang: fileTag?.attrs['target-language'] ?? '',
    segments,
  };
}
