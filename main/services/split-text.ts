import type { Req, Res } from '../../core/api';
import { InputError } from '../../core/model';
import type { ParagraphCut } from '../db/repos';
import type { AppContext } from './context';
import { liveRow, replaceRows } from './journal';
import { applyCut, locateCut } from './paragraph-edits';
import { splitInTwo } from './window';

const METHOD = 'alignment.splitText';

function checkOffset(name: string, at: number, text: string): void {
  if (at > text.length)
    throw new InputError(
      METHOD,
      `${name} offset ${at} is past the end of the text (${text.length})`,
    );
}

/**
 * Splits a row at text offsets of its source and MT, cutting a paragraph in two where an offset falls
 * inside one, and its correction at `correction` when given. Both rows keep the row's status (the
 * review covered the whole text); without a correction offset the correction stays on the first row,
 * which is flagged split. One journal entry: undo joins the paragraphs and the rows again.
 */
export function splitText(
  ctx: AppContext,
  req: Req<'alignment.splitText'>,
): Res<'alignment.splitText'> {
  const { repos } = ctx;
  return repos.db.transaction(() => {
    const row = liveRow(repos, req.segmentId);
    const doc = row.documentId;
    checkOffset('source', req.source, row.sourceText);
    checkOffset('MT', req.target, row.mtText);
    const current = repos.revisions.current(row.id);
    if (req.correction !== undefined && current !== null)
      checkOffset('correction', req.correction, current);
    const sourceTexts = repos.paragraphs.range(doc, 'source', row.s0, row.s1).map((p) => p.text);
    const targetTexts = repos.paragraphs.range(doc, 'target', row.t0, row.t1).map((p) => p.text);
    const src = locateCut(sourceTexts, row.s0, 'source', req.source);
    const tgt = locateCut(targetTexts, row.t0, 'target', req.target);
    const total = sourceTexts.length + targetTexts.length + (src.cut ? 1 : 0) + (tgt.cut ? 1 : 0);
    const first = src.count + tgt.count;
    if (first === 0 || first === total)
      throw new InputError(METHOD, 'the cut leaves one of the two rows with no text');
    const cuts = [src.cut, tgt.cut].filter((c): c is ParagraphCut => c !== null);
    for (const cut of cuts) applyCut(repos, doc, cut);
    const a = liveRow(repos, row.id);
    const [head, rest] = splitInTwo(a, src.count, tgt.count);
    const cutCorrection = req.correction !== undefined && current !== null;
    const groups = [
      {
        ...head,
        split: a.split || (current !== null && !cutCorrection),
        ...(cutCorrection ? { correction: current.slice(0, req.correction).trimEnd() } : {}),
      },
      {
        ...rest,
        split: false,
        ...(cutCorrection ? { correction: current.slice(req.correction).trimStart() } : {}),
      },
    ];
    return replaceRows(repos, doc, 'splitText', [a], groups, new Map(), 'replace', { cuts });
  })();
}
