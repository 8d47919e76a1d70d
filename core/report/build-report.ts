import {
  CHRF_SIGNATURE,
  TER_SIGNATURE,
  chrfFromStats,
  chrfStats,
  levenshtein,
  ter,
  words,
} from '../diff';
import type { ExportDocument, ExportSegment } from '../model';
import { editTimes } from './time-to-edit';
import type { PostEditReport, ReportOptions, SegmentMetrics } from './types';

const DEFAULT_IDLE_CAP_SEC = 300;

/** chrF statistics of a text against itself: every n-gram matches. */
function selfStats(text: string): number[] {
  const n = Array.from(text.replace(/\s+/gu, '')).length;
  const stats: number[] = [];
  for (let k = 1; k <= 6; k++) {
    const c = Math.max(0, n - k + 1);
    stats.push(c, c, c);
  }
  return stats;
}

function metrics(
  s: ExportSegment,
  timeSec: number | null,
): SegmentMetrics & { chrfStats: number[] } {
  const postEdit = s.correction ?? s.mt;
  // Most rows are untouched MT: skip the quadratic measures when nothing changed.
  const same = postEdit === s.mt;
  const t = same ? { score: 0, edits: 0, shifts: 0 } : ter(s.mt, postEdit);
  const stats = same ? selfStats(s.mt) : chrfStats(s.mt, postEdit);
  return {
    id: s.id,
    order: s.order,
    kind: s.kind,
    status: s.status,
    corrected: s.correction !== null,
    mt: s.mt,
    postEdit,
    mtWords: words(s.mt).length,
    postEditWords: words(postEdit).length,
    hter: t.score,
    terEdits: t.edits,
    terShifts: t.shifts,
    // Two empty texts are identical: no effort, full score (sacreBLEU would say 0 for lack of n-grams).
    chrF: s.mt.trim() === '' && postEdit.trim() === '' ? 100 : chrfFromStats(stats),
    charDistance: same ? 0 : levenshtein(s.mt, postEdit, 'char'),
    wordDistance: same ? 0 : levenshtein(s.mt, postEdit, 'word'),
    timeSec,
    revisions: s.revisions.length,
    chrfStats: stats,
  };
}

/**
 * The post-editing report of a document: per row HTER (TER with shifts, MT → post-edit), chrF2,
 * character and word edit distance, editing time and status, plus totals and metric signatures.
 * Chrome rows are left out unless `includeChrome`. O(rows × TER cost).
 */
export function buildReport(doc: ExportDocument, options: ReportOptions = {}): PostEditReport {
  const idleCapSec = options.idleCapSec ?? DEFAULT_IDLE_CAP_SEC;
  const rows = [...doc.segments]
    .sort((a, b) => a.order - b.order)
    .filter((s) => options.includeChrome || s.kind !== 'chrome');
  const times = editTimes(rows, idleCapSec);
  const segments: SegmentMetrics[] = [];
  const chrfSum: number[] = [];
  let edits = 0;
  let refWords = 0;
  let hterSum = 0;
  const totals = {
    corrected: 0,
    approved: 0,
    rejected: 0,
    mtWords: 0,
    postEditWords: 0,
    charDistance: 0,
    wordDistance: 0,
    timeSec: 0,
  };
  for (const s of rows) {
    const { chrfStats: stats, ...m } = metrics(s, times.get(s.id) ?? null);
    segments.push(m);
    stats.forEach((v, k) => (chrfSum[k] = (chrfSum[k] ?? 0) + v));
    edits += m.terEdits;
    refWords += m.postEditWords;
    hterSum += m.hter;
    if (m.corrected) totals.corrected++;
    if (m.status === 'approved') totals.approved++;
    if (m.status === 'rejected') totals.rejected++;
    totals.mtWords += m.mtWords;
    totals.postEditWords += m.postEditWords;
    totals.charDistance += m.charDistance;
    totals.wordDistance += m.wordDistance;
    totals.timeSec += m.timeSec ?? 0;
  }
  const n = segments.length;
  return {
    document: {
      id: doc.id,
      name: doc.name,
      sourceLang: doc.sourceLang,
      targetLang: doc.targetLang,
      mtEngine: doc.mtEngine,
    },
    generatedAt: (options.now ?? new Date()).toISOString(),
    signatures: {
      hter: `${TER_SIGNATURE}|hyp:mt|ref:post-edit`,
      chrF: `${CHRF_SIGNATURE}|hyp:mt|ref:post-edit`,
    },
    settings: { includeChrome: options.includeChrome ?? false, idleCapSec },
    totals: {
      segments: n,
      ...totals,
      hter: refWords > 0 ? (100 * edits) / refWords : edits > 0 ? 100 : 0,
      meanHter: n > 0 ? hterSum / n : 0,
      chrF: n > 0 ? chrfFromStats(chrfSum) : 0,
    },
    segments,
  };
}
