import type { Migration } from './types';

/**
 * The first schema. Segments (review rows) are never deleted by alignment edits: a merged-away or
 * split-off row is retired (`live = 0`) so its revisions stay and undo can bring it back. Ranges are
 * half-open paragraph index ranges; live rows tile both sides, so `pos = s0 + t0` orders them strictly.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        source_name TEXT,
        mt_engine TEXT NOT NULL DEFAULT 'unknown',
        created_at TEXT NOT NULL
      );
      CREATE INDEX documents_project ON documents(project_id);

      -- The imported files as they came in (bytes + hash), and what re-export needs (format, decoded
      -- text; NULL when it is exactly the UTF-8 decoding of the bytes, so it is not stored twice).
      CREATE TABLE document_files (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        side TEXT NOT NULL CHECK (side IN ('source', 'target')),
        name TEXT NOT NULL,
        bytes BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        encoding TEXT NOT NULL,
        format TEXT NOT NULL,
        text TEXT,
        PRIMARY KEY (document_id, side)
      );

      CREATE TABLE paragraphs (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        side TEXT NOT NULL CHECK (side IN ('source', 'target')),
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('body', 'heading', 'chrome')),
        lang TEXT NOT NULL,
        untranslated INTEGER NOT NULL DEFAULT 0,
        path TEXT,
        chrome_reason TEXT,
        PRIMARY KEY (document_id, side, idx)
      ) WITHOUT ROWID;

      CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        live INTEGER NOT NULL DEFAULT 1 CHECK (live IN (0, 1)),
        pos INTEGER NOT NULL,
        ord INTEGER,
        s0 INTEGER NOT NULL, s1 INTEGER NOT NULL,
        t0 INTEGER NOT NULL, t1 INTEGER NOT NULL,
        confidence REAL NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
        pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'edited', 'approved', 'rejected')),
        split INTEGER NOT NULL DEFAULT 0 CHECK (split IN (0, 1)),
        kind TEXT NOT NULL CHECK (kind IN ('body', 'heading', 'chrome')),
        untranslated INTEGER NOT NULL DEFAULT 0,
        source_text TEXT NOT NULL,
        mt_text TEXT NOT NULL,
        -- Caches kept by main/db/repos: the latest revision's text, and the case-folded
        -- source + MT + correction that text search scans with instr().
        correction TEXT,
        search TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        CHECK (s0 <= s1 AND t0 <= t1 AND pos = s0 + t0)
      );
      CREATE INDEX segments_order ON segments(document_id, ord) WHERE live = 1;
      CREATE INDEX segments_pos ON segments(document_id, pos) WHERE live = 1;

      -- Append-only: the current correction is the latest revision; NULL text = correction withdrawn (undo).
      CREATE TABLE revisions (
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        text TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('typed', 'replace', 'undo', 'propagated', 'import')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (segment_id, revision)
      ) WITHOUT ROWID;

      CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX comments_segment ON comments(segment_id);

      -- Reviewer decisions on page chrome, per project, keyed by core/segment's normaliseForDecision(text).
      CREATE TABLE chrome_decisions (
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('chrome', 'not-chrome')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (project_id, text)
      );

      -- Per-document journal of edits for undo/redo; payload is JSON (see main/db/repos/edits.ts).
      CREATE TABLE edits (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        created_at TEXT NOT NULL
      );
      CREATE INDEX edits_document ON edits(document_id, id);
      CREATE INDEX edits_redo ON edits(document_id, id) WHERE undone = 1;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
