import type { Req, Res } from '../../core/api';
import type { ParagraphKind, Side } from '../../core/model';
import { normaliseForDecision } from '../../core/segment/decisions';
import type { DecisionChange, KindChange } from '../db/repos';
import { stateOf } from '../db/repos';
import type { AppContext } from './context';
import { ServiceError } from './errors';
import { liveRow } from './journal';
import { applyDecisions, applyKinds } from './paragraph-edits';

/**
 * Marks every paragraph of a row as chrome, or as text again (chrome paragraphs become body; headings
 * and body stay), and records the ruling under each paragraph's decision key for the project.
 */
export function setChrome(
  ctx: AppContext,
  req: Req<'segment.setChrome'>,
): Res<'segment.setChrome'> {
  const { repos } = ctx;
  return repos.db.transaction(() => {
    const row = liveRow(repos, req.segmentId);
    const doc = repos.documents.head(row.documentId);
    if (!doc) throw new ServiceError('not_found', `document ${row.documentId} does not exist`);
    const decision = req.chrome ? 'chrome' : 'not-chrome';
    const kinds: KindChange[] = [];
    const decisions = new Map<string, DecisionChange>();
    const sides: [Side, number, number][] = [
      ['source', row.s0, row.s1],
      ['target', row.t0, row.t1],
    ];
    for (const [side, from, to] of sides) {
      for (const p of repos.paragraphs.range(row.documentId, side, from, to)) {
        const after: ParagraphKind = req.chrome ? 'chrome' : p.kind === 'chrome' ? 'body' : p.kind;
        if (after !== p.kind) kinds.push({ side, idx: p.idx, before: p.kind, after });
        const key = normaliseForDecision(p.text);
        const before = repos.chromeDecisions.get(doc.projectId, key);
        if (key !== '' && before !== decision && !decisions.has(key))
          decisions.set(key, { projectId: doc.projectId, key, before, after: decision });
      }
    }
    const changes = [...decisions.values()];
    if (kinds.length > 0 || changes.length > 0) {
      applyKinds(repos, row.documentId, kinds, 'after');
      applyDecisions(repos, changes, 'after');
      const state = stateOf(row);
      repos.edits.record(row.documentId, 'setChrome', {
        before: [state],
        after: [state],
        texts: [],
        kinds,
        decisions: changes,
      });
    }
    const now = liveRow(repos, row.id);
    return { firstOrder: now.ord ?? 0, total: repos.segments.count(row.documentId) };
  })();
}
