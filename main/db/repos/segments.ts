import type Database from 'better-sqlite3';
import type { SegmentFilter } from '../../../core/api';
import type { SegmentFlag, Side } from '../../../core/model';
import { checkSegment } from '../../../core/qa';
import type { SegmentDerived, SegmentRecord, SegmentState } from './types';
import { nowIso } from './types';

type SegmentRow = {
  id: number;
  document_id: number;
  live: number;
  pos: number;
  ord: number | null;
  s0: number;
  s1: number;
  t0: number;
  t1: number;
  confidence: number;
  origin: SegmentState['origin'];
  pinned: number;
  status: SegmentState['status'];
  split: number;
  kind: SegmentDerived['kind'];
  untranslated: number;
  source_text: string;
  mt_text: string;
  created_at: string;
  changed_at: string;
};

export type SegmentListRow = SegmentRecord & { correction: string | null; comments: number };

function toRecord(row: SegmentRow): SegmentRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    live: row.live === 1,
    ord: row.ord,
    s0: row.s0,
    s1: row.s1,
    t0: row.t0,
    t1: row.t1,
    confidence: row.confidence,
    origin: row.origin,
    pinned: row.pinned === 1,
    status: row.status,
    split: row.split === 1,
    kind: row.kind,
    untranslated: row.untranslated === 1,
    sourceText: row.source_text,
    mtText: row.mt_text,
    createdAt: row.created_at,
    changedAt: row.changed_at,
  };
}

export function stateOf(record: SegmentRecord): SegmentState {
  const { id, live, s0, s1, t0, t1, confidence, origin, pinned, status, split } = record;
  return { id, live, s0, s1, t0, t1, confidence, origin, pinned, status, split };
}

const CURRENT_CORRECTION = 's.correction';

// Fixed SQL fragments chosen by the filter's (validated) enum values; user text is always bound.
const QA_BITS = { numbers: 1, quotes: 2 } as const;

const FLAG_SQL: Record<SegmentFlag, string> = {
  untranslated: 's.untranslated = 1',
  'low-confidence': 's.confidence < 0.5',
  dropped: 's.t0 = s.t1',
  added: 's.s0 = s.s1',
  split: 's.split = 1',
  numbers: `(sverka_qa(s.source_text, coalesce(${CURRENT_CORRECTION}, s.mt_text)) & ${QA_BITS.numbers}) != 0`,
  quotes: `(sverka_qa(s.source_text, coalesce(${CURRENT_CORRECTION}, s.mt_text)) & ${QA_BITS.quotes}) != 0`,
};

function filterSql(filter: SegmentFilter | undefined): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter?.status) {
    parts.push('s.status = ?');
    params.push(filter.status);
  }
  if (filter?.kind) {
    parts.push('s.kind = ?');
    params.push(filter.kind);
  }
  if (filter?.flag) parts.push(FLAG_SQL[filter.flag]);
  if (filter?.text) {
    parts.push('instr(s.search, ?) > 0');
    params.push(fold(filter.text));
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** QA findings of a row as flags: checked on the source against the text a reader gets. */
export function qaFlags(source: string, translation: string): SegmentFlag[] {
  const flags: SegmentFlag[] = [];
  for (const finding of checkSegment(source, translation)) {
    if (finding.code === 'numbers' || finding.code === 'quotes') flags.push(finding.code);
  }
  return flags;
}

/** Case folding for search in any script (SQLite's lower() folds ASCII only). */
export function fold(text: string): string {
  return text.toLowerCase();
}

/**
 * sverka_fold: fold() for the search cache column. sverka_qa: QA findings as a bit mask, so a QA flag
 * can filter a page in SQL.
 */
export function registerSqlFunctions(db: Database.Database): void {
  db.function('sverka_fold', { deterministic: true }, (text: unknown) => fold(String(text ?? '')));
  db.function('sverka_qa', { deterministic: true }, (source: unknown, translation: unknown) =>
    qaFlags(String(source ?? ''), String(translation ?? '')).reduce(
      (mask, f) => mask | (f === 'numbers' ? QA_BITS.numbers : QA_BITS.quotes),
      0,
    ),
  );
}

export function createSegmentsRepo(db: Database.Database) {
  const insertStmt = db.prepare(
    `INSERT INTO segments (document_id, live, pos, ord, s0, s1, t0, t1, confidence, origin, pinned, status,
       split, kind, untranslated, source_text, mt_text, search, created_at, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateStmt = db.prepare(
    `UPDATE segments SET live = @live, pos = @pos, s0 = @s0, s1 = @s1, t0 = @t0, t1 = @t1,
       confidence = @confidence, origin = @origin, pinned = @pinned, status = @status, split = @split,
       kind = @kind, untranslated = @untranslated, source_text = @sourceText, mt_text = @mtText,
       search = sverka_fold(@sourceText || char(10) || @mtText || char(10) || coalesce(correction, '')),
       ord = CASE WHEN @live = 1 THEN ord END, changed_at = @now
     WHERE id = @id`,
  );
  const getStmt = db.prepare('SELECT * FROM segments WHERE id = ?');
  const atOrdStmt = db.prepare(
    'SELECT * FROM segments WHERE document_id = ? AND live = 1 AND ord = ?',
  );
  const rangesStmt = db.prepare(
    'SELECT s0, s1, t0, t1, confidence FROM segments WHERE document_id = ? AND live = 1 ORDER BY pos',
  );
  const liveStmt = db.prepare(
    'SELECT * FROM segments WHERE document_id = ? AND live = 1 ORDER BY pos',
  );
  const COMMENT_COUNT =
    '(SELECT count(*) FROM comments c WHERE c.segment_id = s.id) AS comment_count';
  const getListedStmt = db.prepare(`SELECT s.*, ${COMMENT_COUNT} FROM segments s WHERE s.id = ?`);
  const pageStmt = db.prepare(
    `SELECT s.*, ${COMMENT_COUNT} FROM segments s
     WHERE s.document_id = ? AND s.live = 1 AND s.ord >= ? AND s.ord < ? ORDER BY s.ord`,
  );
  // `ord` runs 0..n-1 over live rows, so the count is the largest ord + 1: one index seek, no scan.
  const countStmt = db.prepare(
    `SELECT coalesce((SELECT ord + 1 FROM segments WHERE document_id = ? AND live = 1
       ORDER BY ord DESC LIMIT 1), 0) AS n`,
  );
  const setStatusStmt = db.prepare('UPDATE segments SET status = ?, changed_at = ? WHERE id = ?');
  const touchStmt = db.prepare('UPDATE segments SET changed_at = ? WHERE id = ?');
  const renumberStmt = db.prepare(
    `WITH r AS (
       SELECT id, @base + row_number() OVER (ORDER BY pos) - 1 AS o
       FROM segments WHERE document_id = @documentId AND live = 1 AND pos >= @fromPos)
     UPDATE segments SET ord = r.o FROM r WHERE segments.id = r.id AND segments.ord IS NOT r.o`,
  );
  const countBeforeStmt = db.prepare(
    'SELECT count(*) AS n FROM segments WHERE document_id = ? AND live = 1 AND pos < ?',
  );
  // Paragraph numbering changed on one side after paragraph `after`: every row (live or retired) follows.
  const shiftStmts = {
    source: db.prepare(
      `UPDATE segments SET s0 = s0 + iif(s0 > @after, @delta, 0), s1 = s1 + iif(s1 > @after, @delta, 0),
         pos = s0 + iif(s0 > @after, @delta, 0) + t0
       WHERE document_id = @documentId AND (s1 > @after)`,
    ),
    target: db.prepare(
      `UPDATE segments SET t0 = t0 + iif(t0 > @after, @delta, 0), t1 = t1 + iif(t1 > @after, @delta, 0),
         pos = s0 + t0 + iif(t0 > @after, @delta, 0)
       WHERE document_id = @documentId AND (t1 > @after)`,
    ),
  };
  const coveringStmts = {
    source: db.prepare(
      'SELECT * FROM segments WHERE document_id = ? AND live = 1 AND s0 <= ? AND s1 > ?',
    ),
    target: db.prepare(
      'SELECT * FROM segments WHERE document_id = ? AND live = 1 AND t0 <= ? AND t1 > ?',
    ),
  };
  const filteredCache = new Map<string, Database.Statement>();
  const filtered = (sql: string) => {
    let stmt = filteredCache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      filteredCache.set(sql, stmt);
    }
    return stmt;
  };

  const bind = (state: SegmentState, derived: SegmentDerived) => ({
    ...state,
    live: state.live ? 1 : 0,
    pos: state.s0 + state.t0,
    pinned: state.pinned ? 1 : 0,
    split: state.split ? 1 : 0,
    untranslated: derived.untranslated ? 1 : 0,
    kind: derived.kind,
    sourceText: derived.sourceText,
    mtText: derived.mtText,
    now: nowIso(),
  });

  return {
    insert(
      documentId: number,
      state: Omit<SegmentState, 'id'>,
      derived: SegmentDerived,
      ord: number | null,
      now: string = nowIso(),
    ): number {
      // Positional binding, no intermediate objects: import inserts tens of thousands of rows.
      const result = insertStmt.run(
        documentId,
        state.live ? 1 : 0,
        state.s0 + state.t0,
        ord,
        state.s0,
        state.s1,
        state.t0,
        state.t1,
        state.confidence,
        state.origin,
        state.pinned ? 1 : 0,
        state.status,
        state.split ? 1 : 0,
        derived.kind,
        derived.untranslated ? 1 : 0,
        derived.sourceText,
        derived.mtText,
        fold(`${derived.sourceText}\n${derived.mtText}\n`),
        now,
        now,
      );
      return Number(result.lastInsertRowid);
    },
    update(state: SegmentState, derived: SegmentDerived): void {
      updateStmt.run(bind(state, derived));
    },
    get(id: number): SegmentRecord | undefined {
      const row = getStmt.get(id) as SegmentRow | undefined;
      return row && toRecord(row);
    },
    atOrd(documentId: number, ord: number): SegmentRecord | undefined {
      const row = atOrdStmt.get(documentId, ord) as SegmentRow | undefined;
      return row && toRecord(row);
    },
    /** Ranges and confidence of the live rows in order (the minimap), without the texts. */
    ranges(
      documentId: number,
    ): { s0: number; s1: number; t0: number; t1: number; confidence: number }[] {
      return rangesStmt.all(documentId) as {
        s0: number;
        s1: number;
        t0: number;
        t1: number;
        confidence: number;
      }[];
    },
    live(documentId: number): SegmentRecord[] {
      return (liveStmt.all(documentId) as SegmentRow[]).map(toRecord);
    },
    /** One page of live rows in document order, with each row's current correction. */
    page(
      documentId: number,
      offset: number,
      limit: number,
      filter?: SegmentFilter,
    ): { total: number; rows: SegmentListRow[] } {
      const f = filterSql(filter);
      let rows: (SegmentRow & { correction: string | null; comment_count: number })[];
      let total: number;
      if (f.sql === '') {
        total = (countStmt.get(documentId) as { n: number }).n;
        rows = pageStmt.all(documentId, offset, offset + limit) as typeof rows;
      } else {
        // One scan finds every match (total) in order; only the page's rows are then read whole.
        const ids = filtered(
          `SELECT s.id FROM segments s WHERE s.document_id = ? AND s.live = 1${f.sql} ORDER BY s.ord`,
        )
          .pluck()
          .all(documentId, ...f.params) as number[];
        total = ids.length;
        rows = ids
          .slice(offset, offset + limit)
          .map((id) => getListedStmt.get(id) as (typeof rows)[number]);
      }
      return {
        total,
        rows: rows.map((r) => ({
          ...toRecord(r),
          correction: r.correction,
          comments: r.comment_count,
        })),
      };
    },
    count(documentId: number): number {
      return (countStmt.get(documentId) as { n: number }).n;
    },
    setStatus(id: number, status: SegmentState['status']): void {
      setStatusStmt.run(status, nowIso(), id);
    },
    touch(id: number): void {
      touchStmt.run(nowIso(), id);
    },
    /**
     * Paragraph indices of one side above `after` move by `delta` in every row of the document (a
     * paragraph was split or joined there); a row ending above `after` grows or shrinks with it.
     */
    shiftSide(documentId: number, side: Side, after: number, delta: 1 | -1): void {
      shiftStmts[side].run({ documentId, after, delta });
    },
    /** Live rows whose range on `side` holds paragraph idx. */
    covering(documentId: number, side: Side, idx: number): SegmentRecord[] {
      return (coveringStmts[side].all(documentId, idx, idx) as SegmentRow[]).map(toRecord);
    },
    /** Recomputes `ord` for live rows at or after `fromPos`; returns the first order touched. */
    renumber(documentId: number, fromPos: number): number {
      const base = (countBeforeStmt.get(documentId, fromPos) as { n: number }).n;
      renumberStmt.run({ documentId, fromPos, base });
      return base;
    },
  };
}
